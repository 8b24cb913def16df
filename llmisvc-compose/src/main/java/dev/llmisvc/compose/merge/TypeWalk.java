package dev.llmisvc.compose.merge;

import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows a JSON path through the {@link GoSchema}, the way apimachinery's {@code
 * PatchMetaFromStruct} looks up the Go field behind each key.
 *
 * <p>Positions are interned: the position of a struct field, a map value or a list item is built
 * once, with its patch tags and struct resolved up front, and cached in its parent position, so a
 * walk allocates nothing per key. The cache grows with the schema only (keys a struct does not
 * declare give {@link Position#UNKNOWN} and are not cached; every key of a map shares one
 * position).
 */
final class TypeWalk {
  /**
   * Where a JSON value sits: its Go type (empty when the table does not know it) and the struct
   * field it came from (for the patch tags of a list).
   */
  static final class Position {
    static final Position UNKNOWN = new Position(null, null, null);

    private final Optional<GoType> type;
    private final Optional<GoField> field;

    /** The dereferenced type, null when unknown. */
    private final GoType deref;

    private final Optional<GoStruct> struct;
    private final Optional<String> mergeKey;
    private final boolean mergesByKey;
    private final boolean retainsKeys;
    private final Optional<String> opaqueStruct;

    /** Members by JSON key (structs), filled on first use. */
    private final ConcurrentHashMap<String, Position> members = new ConcurrentHashMap<>();

    /** The position of a map value or list item, built on first use. */
    private volatile Position element;

    private Position(GoType type, GoField field, GoSchema schema) {
      this.type = Optional.ofNullable(type);
      this.field = Optional.ofNullable(field);
      this.deref = type == null ? null : type.dereferenced();
      this.struct = type == null ? Optional.empty() : schema.structOf(type);
      String strategy = field == null ? null : field.patchStrategy().orElse(null);
      this.mergesByKey = strategy != null && strategy.startsWith("merge");
      this.retainsKeys = strategy != null && strategy.contains("retainKeys");
      this.mergeKey = mergesByKey ? field.mergeKey() : Optional.empty();
      this.opaqueStruct =
          deref instanceof GoType.Special s && isOpaque(s.name())
              ? Optional.of(deref.toString())
              : Optional.empty();
    }

    Optional<GoType> type() {
      return type;
    }

    Optional<GoField> field() {
      return field;
    }

    /** The merge key, when the list at this position merges by key. */
    Optional<String> mergeKey() {
      return mergeKey;
    }

    /** The merge key or null: {@link #mergeKey()} without the Optional. */
    String mergeKeyOrNull() {
      return mergeKey.orElse(null);
    }

    /** True when the field's patch strategy is {@code merge} (with or without retainKeys). */
    boolean mergesByKey() {
      return mergesByKey;
    }

    /** True for {@code strategy=merge,retainKeys}. */
    boolean retainsKeys() {
      return retainsKeys;
    }

    /** The Go name of a type whose JSON fields cannot be looked up (RawExtension, JSON). */
    Optional<String> opaqueStruct() {
      return opaqueStruct;
    }

    private static boolean isOpaque(String name) {
      return name.equals("RawExtension") || name.equals("JSON");
    }
  }

  private final GoSchema schema;
  private final GoStruct root;
  private final Position rootPosition;

  TypeWalk(GoSchema schema, GoStruct root) {
    this.schema = schema;
    this.root = root;
    this.rootPosition = new Position(new GoType.Named(root.name()), null, schema);
  }

  GoSchema schema() {
    return schema;
  }

  GoStruct rootStruct() {
    return root;
  }

  Position root() {
    return rootPosition;
  }

  /** The position of {@code key} inside the object at {@code at}. */
  Position member(Position at, String key) {
    GoType t = at.deref;
    if (t == null) {
      return Position.UNKNOWN;
    }
    if (t instanceof GoType.MapOf m) {
      Position e = at.element;
      if (e == null) {
        e = new Position(m.element(), null, schema);
        at.element = e;
      }
      return e;
    }
    Position cached = at.members.get(key);
    if (cached != null) {
      return cached;
    }
    GoStruct s = at.struct.orElse(null);
    GoField f = s == null ? null : s.field(key).orElse(null);
    if (f == null) {
      return Position.UNKNOWN;
    }
    Position p = new Position(f.type(), f, schema);
    Position raced = at.members.putIfAbsent(key, p);
    return raced == null ? p : raced;
  }

  /** The position of an item of the list at {@code at}. */
  Position element(Position at) {
    if (!(at.deref instanceof GoType.Slice s)) {
      return Position.UNKNOWN;
    }
    Position e = at.element;
    if (e == null) {
      e = new Position(s.element(), null, schema);
      at.element = e;
    }
    return e;
  }

  /** The struct at {@code at}, when the table has it. */
  Optional<GoStruct> struct(Position at) {
    return at.struct;
  }
}
