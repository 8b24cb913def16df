package dev.llmisvc.compose.template;

import dev.llmisvc.compose.ChildName;
import dev.llmisvc.compose.template.GoValue.*;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions a template can call: Go's builtins, KServe's three extras and the methods of the
 * KServe and Kubernetes types templates reach. Each has a Go signature, which the executor uses to
 * check and convert arguments as {@code text/template} does.
 */
final class Funcs {
  private Funcs() {}

  /** A parameter type: how the executor converts an argument. */
  record Param(Kind kind, String goType) {
    enum Kind {
      VALUE, // reflect.Value: anything, unconverted
      ANY, // interface{}: anything, nil allowed
      STRING,
      INT,
      PTR
    }

    static final Param VALUE = new Param(Kind.VALUE, "reflect.Value");
    static final Param ANY = new Param(Kind.ANY, "interface {}");
    static final Param STRING = new Param(Kind.STRING, "string");
    static final Param INT = new Param(Kind.INT, "int");

    static Param ptr(String goType) {
      return new Param(Kind.PTR, goType);
    }

    boolean canBeNil() {
      return kind == Kind.ANY || kind == Kind.PTR;
    }
  }

  /** A function failure; the executor reports it as {@code error calling NAME: message}. */
  static final class FuncError extends RuntimeException {
    FuncError(String message) {
      super(message, null, false, false);
    }
  }

  interface Impl {
    GoValue call(List<GoValue> args);
  }

  /** A callable: fixed parameters, optionally a variadic last one. */
  record Func(String name, List<Param> params, boolean variadic, Impl impl) {
    int numIn() {
      return params.size();
    }
  }

  /** A method: the receiver (a struct, a Quantity, or a nil pointer) comes first in impl's args. */
  record Method(String name, List<Param> params, Impl impl) {}

  static final Map<String, Func> ALL = new LinkedHashMap<>();

  private static void def(String name, boolean variadic, Impl impl, Param... params) {
    ALL.put(name, new Func(name, List.of(params), variadic, impl));
  }

  static {
    def("and", true, a -> a.get(0), Param.VALUE, Param.VALUE);
    def("or", true, a -> a.get(0), Param.VALUE, Param.VALUE);
    def("not", false, a -> new Bool(!GoValue.truth(a.get(0))), Param.VALUE);
    def("call", true, Funcs::call, Param.VALUE, Param.VALUE);
    def("eq", true, a -> new Bool(eq(a.get(0), a.subList(1, a.size()))), Param.VALUE, Param.VALUE);
    def("ne", false, a -> new Bool(!eq(a.get(0), a.subList(1, 2))), Param.VALUE, Param.VALUE);
    def("lt", false, a -> new Bool(lt(a.get(0), a.get(1))), Param.VALUE, Param.VALUE);
    def(
        "le",
        false,
        a -> new Bool(lt(a.get(0), a.get(1)) || eq(a.get(0), a.subList(1, 2))),
        Param.VALUE,
        Param.VALUE);
    def(
        "gt",
        false,
        a -> new Bool(!(lt(a.get(0), a.get(1)) || eq(a.get(0), a.subList(1, 2)))),
        Param.VALUE,
        Param.VALUE);
    def("ge", false, a -> new Bool(!lt(a.get(0), a.get(1))), Param.VALUE, Param.VALUE);
    def("html", true, a -> Str.of(html(evalArgs(a))), Param.ANY);
    def("js", true, a -> Str.of(js(evalArgs(a))), Param.ANY);
    def("urlquery", true, a -> Str.of(urlquery(evalArgs(a))), Param.ANY);
    def("print", true, a -> Str.of(GoFormat.sprint(a)), Param.ANY);
    def("println", true, a -> Str.of(GoFormat.sprintln(a)), Param.ANY);
    def(
        "printf",
        true,
        a -> Str.of(GoFormat.sprintf(((Str) a.get(0)).value(), a.subList(1, a.size()))),
        Param.STRING,
        Param.ANY);
    def("len", false, a -> new Int(length(a.get(0)), "int"), Param.VALUE);
    def("index", true, a -> index(a.get(0), a.subList(1, a.size())), Param.VALUE, Param.VALUE);
    def("slice", true, a -> slice(a.get(0), a.subList(1, a.size())), Param.VALUE, Param.VALUE);
    // KServe's extra functions (config_merge.go)
    def(
        "ChildName",
        false,
        a -> Str.of(ChildName.of(((Str) a.get(0)).value(), ((Str) a.get(1)).value())),
        Param.STRING,
        Param.STRING);
    def("shutdownTimeout", false, Funcs::shutdownTimeout, Param.ptr("*v1.PodSpec"), Param.INT);
    def(
        "kvTransferConfig",
        false,
        Funcs::kvTransferConfig,
        Param.ptr("*v1alpha2.KVCacheOffloadingSpec"));
  }

  static boolean builtin(String name) {
    return !name.equals("ChildName")
        && !name.equals("shutdownTimeout")
        && !name.equals("kvTransferConfig");
  }

  // ---- comparison (text/template funcs.go) ----

  private enum BasicKind {
    INVALID,
    BOOL,
    INT,
    UINT,
    FLOAT,
    STRING
  }

  private static BasicKind kind(GoValue v) {
    if (v instanceof Bool) {
      return BasicKind.BOOL;
    } else if (v instanceof Int i) {
      return i.unsigned() ? BasicKind.UINT : BasicKind.INT;
    } else if (v instanceof Flt) {
      return BasicKind.FLOAT;
    } else if (v instanceof Str) {
      return BasicKind.STRING;
    }
    return BasicKind.INVALID;
  }

  private static boolean isNil(GoValue v) {
    return v instanceof Invalid
        || (v instanceof Ptr p && p.isNil())
        || (v instanceof Slice s && s.isNil())
        || (v instanceof MapVal m && m.isNil());
  }

  static boolean eq(GoValue a, List<GoValue> others) {
    if (others.isEmpty()) {
      throw new FuncError("missing argument for comparison");
    }
    BasicKind k1 = kind(a);
    for (GoValue b : others) {
      BasicKind k2 = kind(b);
      boolean truth = false;
      if (k1 != k2) {
        if (k1 == BasicKind.INT && k2 == BasicKind.UINT) {
          truth = ((Int) a).value() >= 0 && ((Int) a).value() == ((Int) b).value();
        } else if (k1 == BasicKind.UINT && k2 == BasicKind.INT) {
          truth = ((Int) b).value() >= 0 && ((Int) a).value() == ((Int) b).value();
        } else if (!(a instanceof Invalid) && !(b instanceof Invalid)) {
          throw new FuncError("incompatible types for comparison");
        }
      } else {
        switch (k1) {
          case BOOL -> truth = ((Bool) a).value() == ((Bool) b).value();
          case FLOAT -> truth = ((Flt) a).value() == ((Flt) b).value();
          case INT, UINT -> truth = ((Int) a).value() == ((Int) b).value();
          case STRING -> truth = ((Str) a).value().equals(((Str) b).value());
          default -> {
            if (!reflectKind(a).equals(reflectKind(b))
                && !(a instanceof Invalid)
                && !(b instanceof Invalid)) {
              throw new FuncError(
                  "non-comparable types "
                      + GoFormat.value(a, 0, false)
                      + ": "
                      + a.type()
                      + ", "
                      + b.type()
                      + ": "
                      + GoFormat.value(b, 0, false));
            }
            if (isNil(a) || isNil(b)) {
              truth = isNil(a) == isNil(b);
            } else if (b instanceof Slice || b instanceof MapVal) {
              throw new FuncError(
                  "non-comparable type " + GoFormat.value(b, 0, false) + ": " + b.type());
            } else {
              truth = same(a, b);
            }
          }
        }
      }
      if (truth) {
        return true;
      }
    }
    return false;
  }

  private static String reflectKind(GoValue v) {
    if (v instanceof Ptr) {
      return "ptr";
    } else if (v instanceof Slice) {
      return "slice";
    } else if (v instanceof MapVal) {
      return "map";
    }
    return v instanceof Invalid ? "invalid" : "struct";
  }

  private static boolean same(GoValue a, GoValue b) {
    if (!a.type().equals(b.type())) {
      return false;
    }
    if (a instanceof Ptr pa && b instanceof Ptr pb) {
      GoValue ta = pa.target().get();
      GoValue tb = pb.target().get();
      if (ta instanceof Struct sa && tb instanceof Struct sb) {
        return sa.identity() == sb.identity();
      }
      return ta == tb;
    }
    if (a instanceof Struct sa && b instanceof Struct sb) {
      return GoFormat.value(sa, 1, true).equals(GoFormat.value(sb, 1, true));
    }
    if (a instanceof QuantityVal qa && b instanceof QuantityVal qb) {
      return qa.equals(qb);
    }
    return a.equals(b);
  }

  static boolean lt(GoValue a, GoValue b) {
    BasicKind k1 = kind(a);
    BasicKind k2 = kind(b);
    if (k1 == BasicKind.INVALID || k2 == BasicKind.INVALID) {
      throw new FuncError("invalid type for comparison");
    }
    if (k1 != k2) {
      if (k1 == BasicKind.INT && k2 == BasicKind.UINT) {
        return ((Int) a).value() < 0
            || Long.compareUnsigned(((Int) a).value(), ((Int) b).value()) < 0;
      } else if (k1 == BasicKind.UINT && k2 == BasicKind.INT) {
        return ((Int) b).value() >= 0
            && Long.compareUnsigned(((Int) a).value(), ((Int) b).value()) < 0;
      }
      throw new FuncError("incompatible types for comparison");
    }
    return switch (k1) {
      case BOOL -> throw new FuncError("invalid type for comparison");
      case FLOAT -> ((Flt) a).value() < ((Flt) b).value();
      case INT -> ((Int) a).value() < ((Int) b).value();
      case UINT -> Long.compareUnsigned(((Int) a).value(), ((Int) b).value()) < 0;
      default -> GoData.compareGo(((Str) a).value(), ((Str) b).value()) < 0;
    };
  }

  // ---- len, index, slice, call ----

  static long length(GoValue item) {
    GoValue v = GoValue.indirect(item);
    if (v instanceof Ptr) {
      throw new FuncError("len of nil pointer");
    } else if (v instanceof Str s) {
      return s.value().getBytes(StandardCharsets.UTF_8).length;
    } else if (v instanceof Slice s) {
      return s.items().size();
    } else if (v instanceof MapVal m) {
      return m.entries().size();
    } else if (v instanceof Invalid) {
      throw new FuncError("len of untyped nil");
    }
    throw new FuncError("len of type " + v.type());
  }

  private static int indexArg(GoValue index, int cap) {
    long x;
    if (index instanceof Int i) {
      x = i.value();
    } else if (index instanceof Invalid) {
      throw new FuncError("cannot index slice/array with nil");
    } else {
      throw new FuncError("cannot index slice/array with type " + index.type());
    }
    if (x < 0 || x > cap) {
      throw new FuncError("index out of range: " + x);
    }
    return (int) x;
  }

  static GoValue index(GoValue item, List<GoValue> indexes) {
    if (item instanceof Invalid) {
      throw new FuncError("index of untyped nil");
    }
    for (GoValue index : indexes) {
      item = GoValue.indirect(item);
      if (item instanceof Ptr) {
        throw new FuncError("index of nil pointer");
      }
      if (item instanceof Slice s) {
        int x = indexArg(index, s.items().size());
        if (x == s.items().size()) {
          throw new FuncError("reflect: slice index out of range");
        }
        item = s.items().get(x);
      } else if (item instanceof Str s) {
        byte[] bytes = s.value().getBytes(StandardCharsets.UTF_8);
        int x = indexArg(index, bytes.length);
        if (x == bytes.length) {
          throw new FuncError("reflect: string index out of range");
        }
        item = new Int(bytes[x] & 0xff, "uint8");
      } else if (item instanceof MapVal m) {
        if (index instanceof Invalid) {
          throw new FuncError("value is nil; should be of type string");
        }
        if (!(index instanceof Str key)) {
          throw new FuncError("value has type " + index.type() + "; should be string");
        }
        GoValue v = m.entries().get(key.value());
        item = v != null ? v : zeroOf(m.type().substring("map[string]".length()));
      } else {
        throw new FuncError("can't index item of type " + item.type());
      }
    }
    return item;
  }

  private static GoValue zeroOf(String type) {
    if (type.equals("string")) {
      return Str.of("");
    } else if (type.startsWith("*")) {
      return new Ptr(type, Optional.empty());
    } else if (type.startsWith("[]")) {
      return new Slice(type, List.of(), true);
    } else if (type.startsWith("map[")) {
      return new MapVal(type, new java.util.TreeMap<>(), true);
    } else if (type.equals("bool")) {
      return new Bool(false);
    } else if (type.startsWith("int") || type.startsWith("uint")) {
      return new Int(0, type);
    }
    return new Invalid();
  }

  static GoValue slice(GoValue item, List<GoValue> indexes) {
    if (item instanceof Invalid) {
      throw new FuncError("slice of untyped nil");
    }
    if (indexes.size() > 3) {
      throw new FuncError("too many slice indexes: " + indexes.size());
    }
    item = GoValue.indirect(item);
    if (item instanceof Ptr) {
      throw new FuncError("slice of nil pointer");
    }
    int len;
    if (item instanceof Str s) {
      if (indexes.size() == 3) {
        throw new FuncError("cannot 3-index slice a string");
      }
      len = s.value().getBytes(StandardCharsets.UTF_8).length;
    } else if (item instanceof Slice s) {
      len = s.items().size();
    } else {
      throw new FuncError("can't slice item of type " + item.type());
    }
    int[] idx = {0, len, len};
    for (int i = 0; i < indexes.size(); i++) {
      idx[i] = indexArg(indexes.get(i), len);
      if (i > 0 && idx[i] < idx[i - 1]) {
        throw new FuncError("invalid slice index: " + idx[i - 1] + " > " + idx[i]);
      }
    }
    if (item instanceof Str s) {
      byte[] b = s.value().getBytes(StandardCharsets.UTF_8);
      return new Str(new String(b, idx[0], idx[1] - idx[0], StandardCharsets.UTF_8), s.type());
    }
    Slice s = (Slice) item;
    return new Slice(s.type(), List.copyOf(s.items().subList(idx[0], idx[1])), false);
  }

  private static GoValue call(List<GoValue> args) {
    String name = ((Str) args.get(0)).value();
    GoValue fn = GoValue.indirect(args.get(1));
    if (fn instanceof Invalid) {
      throw new FuncError("call of nil");
    }
    throw new FuncError("non-function " + name + " of type " + args.get(1).type());
  }

  // ---- escaping ----

  private static String evalArgs(List<GoValue> args) {
    if (args.size() == 1 && args.get(0) instanceof Str s) {
      return s.value();
    }
    return GoFormat.sprint(args);
  }

  static String html(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 0 -> sb.append('\uFFFD');
        case '"' -> sb.append("&#34;");
        case '\'' -> sb.append("&#39;");
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String js(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            r -> {
              switch (r) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '"' -> sb.append("\\\"");
                case '<' -> sb.append("\\u003C");
                case '>' -> sb.append("\\u003E");
                case '&' -> sb.append("\\u0026");
                case '=' -> sb.append("\\u003D");
                default -> {
                  if (r < ' '
                      || (r >= 0x7f
                          && !Character.isLetterOrDigit(r)
                          && Character.isISOControl(r))) {
                    sb.append(String.format("\\u%04X", r));
                  } else {
                    sb.appendCodePoint(r);
                  }
                }
              }
            });
    return sb.toString();
  }

  static String urlquery(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        sb.append(String.format("%%%02X", c));
      }
    }
    return sb.toString();
  }

  // ---- KServe ----

  private static GoValue shutdownTimeout(List<GoValue> args) {
    long t = 60;
    if (args.get(0) instanceof Ptr p && !p.isNil() && p.target().get() instanceof Struct pod) {
      Optional<GoValue> tg = pod.field("TerminationGracePeriodSeconds");
      if (tg.isPresent()) {
        GoValue v = GoValue.indirect(tg.get());
        if (v instanceof Int i) {
          t = i.value();
        }
      }
    }
    long preStop = ((Int) args.get(1)).value();
    return new Int(Math.max(0, t - preStop - Math.min(5, t)), "int");
  }

  private static GoValue kvTransferConfig(List<GoValue> args) {
    if (!(args.get(0) instanceof Ptr p) || p.isNil()) {
      return Str.of("");
    }
    Struct kv = (Struct) p.target().get();
    long cpu =
        kv.field("CPU")
            .filter(QuantityVal.class::isInstance)
            .map(q -> ((QuantityVal) q).quantity().longValue())
            .orElse(0L);
    String eviction = kv.field("EvictionPolicy").map(v -> ((Str) v).value()).orElse("");
    List<Integer> tiers = new ArrayList<>();
    if (kv.field("Secondary").orElse(null) instanceof Slice secondary) {
      for (int i = 0; i < secondary.items().size(); i++) {
        if (secondary.items().get(i) instanceof Struct tier
            && tier.field("FileSystem").orElse(null) instanceof Ptr fs
            && !fs.isNil()) {
          tiers.add(i);
        }
      }
    }
    StringBuilder extra = new StringBuilder("{\"cpu_bytes_to_use\":").append(cpu);
    if (!eviction.isEmpty()) {
      extra.append(",\"eviction_policy\":").append(GoFormat.quote(eviction));
    }
    if (!tiers.isEmpty()) {
      extra.append(",\"secondary_tiers\":[");
      for (int k = 0; k < tiers.size(); k++) {
        if (k > 0) {
          extra.append(',');
        }
        extra
            .append("{\"root_dir\":\"/mnt/kv-cache-")
            .append(tiers.get(k))
            .append("\",\"type\":\"fs\"}");
      }
      extra.append(']');
    }
    extra.append(",\"spec_name\":\"TieringOffloadingSpec\"}");
    String json =
        "{\"kv_connector\":\"OffloadingConnector\",\"kv_connector_extra_config\":"
            + extra
            + ",\"kv_role\":\"kv_both\"}";
    return Str.of("--kv-transfer-config '" + json.replace("\"", "\\\\\\\"") + "'");
  }

  // ---- methods ----

  private static final Map<String, Map<String, Method>> METHODS = new LinkedHashMap<>();

  private static void method(String type, String name, Impl impl, Param... params) {
    METHODS
        .computeIfAbsent(type, k -> new LinkedHashMap<>())
        .put(name, new Method(name, List.of(params), impl));
  }

  static Optional<Method> method(String type, String name) {
    return Optional.ofNullable(METHODS.getOrDefault(type, Map.of()).get(name));
  }

  private static Optional<Struct> receiver(GoValue r) {
    GoValue v = GoValue.indirect(r);
    return v instanceof Struct s ? Optional.of(s) : Optional.empty();
  }

  private static final String NIL_DEREF =
      "runtime error: invalid memory address or nil pointer dereference";

  private static long deref(Struct s, String field, long dflt) {
    GoValue v = s.field(field).orElse(new Invalid());
    GoValue d = GoValue.indirect(v);
    return d instanceof Int i ? i.value() : dflt;
  }

  static {
    for (String f :
        List.of(
            "Name",
            "GenerateName",
            "Namespace",
            "SelfLink",
            "UID",
            "ResourceVersion",
            "Generation",
            "CreationTimestamp",
            "DeletionTimestamp",
            "DeletionGracePeriodSeconds",
            "Labels",
            "Annotations",
            "OwnerReferences",
            "Finalizers",
            "ManagedFields")) {
      method(
          "v1.ObjectMeta",
          "Get" + f,
          a ->
              receiver(a.get(0))
                  .orElseThrow(() -> new FuncError(NIL_DEREF))
                  .field(f)
                  .orElseThrow());
    }
    method(
        "v1alpha2.ParallelismSpec",
        "IsPipelineParallel",
        a -> new Bool(receiver(a.get(0)).map(s -> deref(s, "Pipeline", 0) > 0).orElse(false)));
    method(
        "v1alpha2.ParallelismSpec",
        "IsTensorParallel",
        a -> new Bool(receiver(a.get(0)).map(s -> deref(s, "Tensor", 0) > 0).orElse(false)));
    method(
        "v1alpha2.ParallelismSpec",
        "IsDataParallel",
        a -> new Bool(receiver(a.get(0)).map(Funcs::dataParallel).orElse(false)));
    method(
        "v1alpha2.ParallelismSpec",
        "GetSize",
        a -> {
          Optional<Struct> s = receiver(a.get(0));
          if (s.isEmpty()) {
            return new Ptr("*int32", Optional.empty());
          }
          if (dataParallel(s.get())) {
            long data = Math.max(deref(s.get(), "Data", 1), 1);
            long local = Math.max(deref(s.get(), "DataLocal", 1), 1);
            return new Ptr(
                "*int32", Optional.of(new Int(Math.max((int) data / (int) local, 1), "int32")));
          }
          if (deref(s.get(), "Pipeline", 0) > 0) {
            return s.get().field("Pipeline").orElseThrow();
          }
          return new Ptr("*int32", Optional.empty());
        });
    method(
        "v1alpha2.HTTPRouteSpec",
        "HasRefs",
        a ->
            new Bool(
                receiver(a.get(0))
                    .map(s -> GoValue.truth(s.field("Refs").orElseThrow()))
                    .orElse(false)));
    method(
        "v1alpha2.HTTPRouteSpec",
        "HasSpec",
        a ->
            new Bool(
                receiver(a.get(0))
                    .map(s -> GoValue.truth(s.field("Spec").orElseThrow()))
                    .orElse(false)));
    method(
        "v1alpha2.GatewaySpec",
        "HasRefs",
        a ->
            new Bool(
                receiver(a.get(0))
                    .map(s -> GoValue.truth(s.field("Refs").orElseThrow()))
                    .orElse(false)));
    method(
        "v1alpha2.InferencePoolSpec",
        "HasRef",
        a ->
            new Bool(
                receiver(a.get(0))
                    .flatMap(s -> receiver(s.field("Ref").orElseThrow()))
                    .map(r -> r.field("Name").map(GoValue::truth).orElse(false))
                    .orElse(false)));
    method(
        "apis.URL", "String", a -> Str.of(receiver(a.get(0)).flatMap(Struct::stringer).orElse("")));
    method(
        "apis.URL",
        "IsEmpty",
        a -> new Bool(receiver(a.get(0)).flatMap(Struct::stringer).orElse("").isEmpty()));
    method("resource.Quantity", "String", a -> Str.of(quantity(a.get(0)).toString()));
    method("resource.Quantity", "Value", a -> new Int(quantity(a.get(0)).longValue(), "int64"));
    method("resource.Quantity", "IsZero", a -> new Bool(quantity(a.get(0)).value().signum() == 0));
    method(
        "intstr.IntOrString",
        "String",
        a ->
            Str.of(
                receiver(a.get(0))
                    .orElseThrow(() -> new FuncError(NIL_DEREF))
                    .stringer()
                    .orElse("")));
  }

  private static Quantity quantity(GoValue v) {
    GoValue d = GoValue.indirect(v);
    if (d instanceof QuantityVal q) {
      return q.quantity();
    }
    throw new FuncError(NIL_DEREF);
  }

  private static boolean dataParallel(Struct s) {
    return deref(s, "Data", 0) > 0 || deref(s, "DataLocal", 0) > 0;
  }
}
