package dev.llmisvc.compose.template;

import dev.llmisvc.compose.template.Funcs.FuncError;
import dev.llmisvc.compose.template.GoValue.*;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Go's builtin template functions ({@code text/template/funcs.go}): comparison by basic kind,
 * {@code len}, {@code index}, {@code slice}, {@code call} and the escapers, with Go's error texts.
 */
final class Builtins {
  private Builtins() {}

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
      // Go's length asks the zero reflect.Value for its type, which panics with this
      throw new FuncError("reflect: call of reflect.Value.Type on zero Value");
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

  static GoValue call(List<GoValue> args) {
    String name = ((Str) args.get(0)).value();
    GoValue fn = GoValue.indirect(args.get(1));
    if (fn instanceof Invalid) {
      throw new FuncError("call of nil");
    }
    throw new FuncError("non-function " + name + " of type " + args.get(1).type());
  }

  // ---- escaping ----

  static String evalArgs(List<GoValue> args) {
    if (args.size() == 1 && args.get(0) instanceof Str s) {
      return s.value();
    }
    // Go's printableValue: an untyped nil prints as <no value>, a string, before fmt.Sprint
    List<GoValue> printable = new java.util.ArrayList<>(args.size());
    for (GoValue a : args) {
      printable.add(a instanceof Invalid ? Str.of("<no value>") : a);
    }
    return GoFormat.sprint(printable);
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
}
