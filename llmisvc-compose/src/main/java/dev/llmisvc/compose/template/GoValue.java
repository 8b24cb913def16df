package dev.llmisvc.compose.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A Go value as {@code text/template} sees it through reflection: its kind, its Go type name (as
 * {@code reflect.Type.String()} prints it, which error messages quote) and its contents. Struct
 * fields are produced lazily from the JSON tree they describe.
 */
sealed interface GoValue {
  /** The Go type, e.g. {@code *v1alpha2.ParallelismSpec}, {@code int32}, {@code string}. */
  String type();

  /** No value at all (Go's invalid {@code reflect.Value}): untyped nil, missing results. */
  record Invalid() implements GoValue {
    @Override
    public String type() {
      return "<nil>";
    }
  }

  record Str(String value, String type) implements GoValue {
    static Str of(String s) {
      return new Str(s, "string");
    }
  }

  /** Every signed or unsigned integer kind; {@code type} is int, int32, int64, uint8, ... */
  record Int(long value, String type) implements GoValue {
    boolean unsigned() {
      return type.startsWith("uint");
    }
  }

  record Flt(double value, String type) implements GoValue {}

  record Bool(boolean value) implements GoValue {
    @Override
    public String type() {
      return "bool";
    }
  }

  /** A pointer; {@code target} is empty for nil. {@code type} starts with {@code *}. */
  record Ptr(String type, Optional<GoValue> target, Supplier<GoValue> zero) implements GoValue {
    Ptr(String type, Optional<GoValue> target) {
      this(type, target, Invalid::new);
    }

    boolean isNil() {
      return target.isEmpty();
    }

    String elemType() {
      return type.substring(1);
    }
  }

  record Slice(String type, List<GoValue> items, boolean isNil) implements GoValue {}

  /** A map with string keys, iterated in Go's sorted key order. */
  record MapVal(String type, SortedMap<String, GoValue> entries, boolean isNil)
      implements GoValue {}

  /** {@code resource.Quantity}; printing and {@code Value()} follow apimachinery. */
  record QuantityVal(Quantity quantity) implements GoValue {
    @Override
    public String type() {
      return "resource.Quantity";
    }
  }

  /**
   * A struct: direct fields by Go name, the names of its embedded fields (for promotion), an
   * identity (the JSON node it views) for pointer equality, and an optional {@code String()}.
   */
  final class Struct implements GoValue {
    private final String type;
    private final List<String> fieldNames;
    private final List<String> embedded;
    private final Function<String, Optional<GoValue>> lookup;
    private final Object identity;
    private final Optional<String> stringer;
    private boolean open;
    private final Map<String, GoValue> cache = new LinkedHashMap<>();

    Struct(
        String type,
        List<String> fieldNames,
        List<String> embedded,
        Function<String, Optional<GoValue>> lookup,
        Object identity,
        Optional<String> stringer) {
      this.type = type;
      this.fieldNames = fieldNames;
      this.embedded = embedded;
      this.lookup = lookup;
      this.identity = identity;
      this.stringer = stringer;
    }

    /** A struct whose fields are given up front. */
    static Struct of(String type, Map<String, GoValue> fields, Optional<String> stringer) {
      Map<String, GoValue> copy = new LinkedHashMap<>(fields);
      return new Struct(
          type,
          List.copyOf(copy.keySet()),
          List.of(),
          n -> Optional.ofNullable(copy.get(n)),
          copy,
          stringer);
    }

    @Override
    public String type() {
      return type;
    }

    List<String> fieldNames() {
      return fieldNames;
    }

    List<String> embedded() {
      return embedded;
    }

    Object identity() {
      return identity;
    }

    /**
     * True for a struct whose Go type is not in the table: its fields are not known, so any
     * capitalised name is taken to be a field (absent ones read as nil).
     */
    boolean open() {
      return open;
    }

    Struct markOpen() {
      open = true;
      return this;
    }

    /** What {@code String()} returns, for types that implement {@code fmt.Stringer}. */
    Optional<String> stringer() {
      return stringer;
    }

    /** A direct (not promoted) field. */
    Optional<GoValue> field(String name) {
      GoValue v = cache.get(name);
      if (v == null) {
        Optional<GoValue> found = lookup.apply(name);
        if (found.isEmpty()) {
          return found;
        }
        v = found.get();
        cache.put(name, v);
      }
      return Optional.of(v);
    }
  }

  /** Go's {@code truth}: see text/template's {@code isTrue}. */
  static boolean truth(GoValue v) {
    if (v instanceof Invalid) {
      return false;
    } else if (v instanceof Str s) {
      return !s.value().isEmpty();
    } else if (v instanceof Int i) {
      return i.value() != 0;
    } else if (v instanceof Flt f) {
      return f.value() != 0;
    } else if (v instanceof Bool b) {
      return b.value();
    } else if (v instanceof Ptr p) {
      return !p.isNil();
    } else if (v instanceof Slice s) {
      return !s.items().isEmpty();
    } else if (v instanceof MapVal m) {
      return !m.entries().isEmpty();
    }
    return true; // structs (Quantity included) are always true
  }

  /** Go's {@code indirect}: follows non-nil pointers; stops at (and returns) a nil pointer. */
  static GoValue indirect(GoValue v) {
    while (v instanceof Ptr p && !p.isNil()) {
      v = p.target().get();
    }
    return v;
  }
}
