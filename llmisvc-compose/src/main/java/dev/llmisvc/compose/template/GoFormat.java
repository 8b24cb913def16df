package dev.llmisvc.compose.template;

import dev.llmisvc.api.GoQuote;
import dev.llmisvc.compose.template.GoValue.*;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of Go's {@code fmt} and {@code strconv} the templates print through: {@code %v}
 * formatting of values, {@code Sprint}/{@code Sprintln}/{@code Sprintf} with the common verbs, and
 * {@code strconv.Quote}.
 *
 * <p>A non-nil pointer to a scalar printed through {@code print}/{@code printf} shows a memory
 * address in Go; here it shows the fixed address {@code 0xc000010000}.
 */
final class GoFormat {
  static final String FAKE_ADDRESS = "0xc000010000";

  private GoFormat() {}

  /** {@code %#U}: {@code U+0041 'A'}. */
  static String unicodeName(int r) {
    if (r < 0) {
      return "U+FFFFFFFF";
    }
    String code = String.format("U+%04X", r);
    return Character.isISOControl(r) ? code : code + " '" + new String(Character.toChars(r)) + "'";
  }

  /** Go's {@code Time.String()} of an RFC 3339 timestamp. */
  static String goTime(String rfc3339) {
    if (rfc3339.isEmpty()) {
      return "0001-01-01 00:00:00 +0000 UTC";
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(rfc3339);
      String base = t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z"));
      return t.getOffset().equals(ZoneOffset.UTC) ? base + " UTC" : base;
    } catch (java.time.format.DateTimeParseException e) {
      return rfc3339;
    }
  }

  /** How {@code {{ value }}} prints: pointers dereferenced, nil as {@code <nil>}. */
  static String printAction(GoValue v) {
    if (v instanceof Invalid) {
      return "<no value>";
    }
    GoValue d = GoValue.indirect(v);
    if (d instanceof Ptr p) {
      return nilPointer(p);
    }
    if (d instanceof Struct s && s.stringer().isPresent()) {
      return s.stringer().get(); // addressable: the pointer's String() is used
    }
    return value(d, 0, false);
  }

  /** {@code %v} (or {@code %+v} when {@code plus}) at a nesting depth. */
  static String value(GoValue v, int depth, boolean plus) {
    if (v instanceof Invalid) {
      return "<nil>";
    } else if (v instanceof Str s) {
      return s.value();
    } else if (v instanceof Int i) {
      return i.unsigned() ? Long.toUnsignedString(i.value()) : Long.toString(i.value());
    } else if (v instanceof Flt f) {
      return floatG(f.value());
    } else if (v instanceof Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof QuantityVal q) {
      return q.quantity().toString();
    } else if (v instanceof Ptr p) {
      if (p.isNil()) {
        return nilPointer(p);
      }
      GoValue t = p.target().get();
      if (t instanceof Struct s && s.stringer().isPresent()) {
        return s.stringer().get();
      }
      if (depth == 0 && (t instanceof Struct || t instanceof Slice || t instanceof MapVal)) {
        return "&" + value(t, depth + 1, plus);
      }
      return FAKE_ADDRESS;
    } else if (v instanceof Slice s) {
      List<String> parts = new ArrayList<>();
      s.items().forEach(e -> parts.add(value(e, depth + 1, plus)));
      return "[" + String.join(" ", parts) + "]";
    } else if (v instanceof MapVal m) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, GoValue> e : m.entries().entrySet()) {
        parts.add(e.getKey() + ":" + value(e.getValue(), depth + 1, plus));
      }
      return "map[" + String.join(" ", parts) + "]";
    }
    Struct s = (Struct) v;
    if (s.stringer().isPresent() && !pointerReceiverStringer(s)) {
      return s.stringer().get();
    }
    List<String> parts = new ArrayList<>();
    for (String name : s.fieldNames()) {
      String text = value(s.field(name).orElse(new Invalid()), depth + 1, plus);
      parts.add(plus ? name + ":" + text : text);
    }
    return "{" + String.join(" ", parts) + "}";
  }

  /**
   * A nil pointer as fmt prints it: through its type's {@code String()} when that method takes a
   * pointer and guards against nil. Of the types templates meet, only knative's {@code *apis.URL}
   * prints differently from {@code <nil>}: its {@code String()} returns {@code ""} for nil ({@code
   * *resource.Quantity} and {@code *intstr.IntOrString} return {@code "<nil>"} themselves).
   */
  static String nilPointer(Ptr p) {
    return p.type().equals("*apis.URL") ? "" : "<nil>";
  }

  /**
   * Types whose {@code String()} has a pointer receiver: fmt only uses it when it is handed a
   * pointer, so a copy (a struct field, an argument of {@code print}) prints as a plain struct.
   */
  static boolean pointerReceiverStringer(Struct s) {
    return s.type().equals("apis.URL") || s.type().equals("intstr.IntOrString");
  }

  /** {@code %v} of a float64: {@code strconv.FormatFloat(f, 'g', -1, 64)}. */
  static String floatG(double f) {
    String special = special(f);
    if (special != null) {
      return special;
    }
    BigDecimal d = shortest(f);
    int exp = d.precision() - d.scale() - 1;
    // strconv's 'g' with the shortest digits decides with a precision of 6
    return exp < -4 || exp >= 6 ? exponent(f, d, exp, true) : d.toPlainString();
  }

  /**
   * A float64 as Go's {@code encoding/json} writes it: the shortest digits, plain unless below 1e-6
   * or from 1e21 on, and then with a one-digit negative exponent written {@code e-7}, not {@code
   * e-07}.
   */
  static String floatJson(double f) {
    String special = special(f);
    if (special != null) {
      return special;
    }
    BigDecimal d = shortest(f);
    double abs = Math.abs(f);
    if (abs < 1e-6 || abs >= 1e21) {
      return exponent(f, d, d.precision() - d.scale() - 1, false);
    }
    return d.toPlainString();
  }

  private static String special(double f) {
    if (Double.isNaN(f)) {
      return "NaN";
    }
    if (Double.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    if (f == 0) {
      return (1 / f < 0) ? "-0" : "0";
    }
    return null;
  }

  /**
   * The shortest decimal that reads back as {@code f}, the nearest one when several have as few
   * digits: what strconv's shortest formatting produces. (Java 17's {@code Double.toString} is not
   * always the shortest.)
   */
  private static BigDecimal shortest(double f) {
    BigDecimal exact = new BigDecimal(f);
    for (int digits = 1; digits < 17; digits++) {
      BigDecimal r =
          exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
      if (r.doubleValue() == f) {
        return r.stripTrailingZeros();
      }
    }
    return exact
        .round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
  }

  /** {@code d.ddde±XX}: two exponent digits at least, or one for JSON's negative exponents. */
  private static String exponent(double f, BigDecimal d, int exp, boolean twoDigits) {
    String digits = d.unscaledValue().abs().toString();
    String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
    String sign = f < 0 ? "-" : "";
    int abs = Math.abs(exp);
    boolean pad = abs < 10 && (twoDigits || exp >= 0);
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (pad ? "0" : "") + abs;
  }

  private static boolean isString(GoValue v) {
    return v instanceof Str;
  }

  /** {@code fmt.Sprint}. */
  static String sprint(List<GoValue> args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      GoValue a = args.get(i);
      if (i > 0 && !isString(a) && !isString(args.get(i - 1))) {
        sb.append(' ');
      }
      sb.append(value(a, 0, false));
    }
    return sb.toString();
  }

  /** {@code fmt.Sprintln}. */
  static String sprintln(List<GoValue> args) {
    List<String> parts = new ArrayList<>();
    args.forEach(a -> parts.add(value(a, 0, false)));
    return String.join(" ", parts) + "\n";
  }

  /**
   * {@code fmt.Sprintf} for the verbs v s d q t x X o b c e f g %, with flags, width, precision.
   */
  static String sprintf(String format, List<GoValue> args) {
    StringBuilder out = new StringBuilder();
    int argi = 0;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      i++;
      boolean minus = false;
      boolean plus = false;
      boolean sharp = false;
      boolean zero = false;
      boolean space = false;
      for (; i < format.length(); i++) {
        char f = format.charAt(i);
        if (f == '-') {
          minus = true;
        } else if (f == '+') {
          plus = true;
        } else if (f == '#') {
          sharp = true;
        } else if (f == '0') {
          zero = true;
        } else if (f == ' ') {
          space = true;
        } else {
          break;
        }
      }
      int width = -1;
      if (i < format.length() && format.charAt(i) == '*') {
        i++;
        // Go's intFromArg: an int within ±1e6, else %!(BADWIDTH) and no width
        Long w = argi < args.size() ? starArgument(args.get(argi)) : null;
        if (argi < args.size()) {
          argi++;
        }
        if (w == null) {
          out.append("%!(BADWIDTH)");
        } else {
          width = (int) (long) w;
          if (width < 0) {
            minus = true;
            zero = false;
            width = -width;
          }
        }
      } else {
        int[] num = parseNumber(format, i);
        if (num == null) {
          i = format.length(); // Go's parsenum gives up on a number past 1e6: no verb follows
        } else if (num[1] > i) {
          width = num[0];
          i = num[1];
        }
      }
      int prec = -1;
      if (i + 1 < format.length() && format.charAt(i) == '.') {
        i++;
        if (format.charAt(i) == '*') {
          i++;
          Long p = argi < args.size() ? starArgument(args.get(argi)) : null;
          if (argi < args.size()) {
            argi++;
          }
          if (p == null || p < 0) {
            out.append("%!(BADPREC)"); // negative precisions make no sense to Go either
          } else {
            prec = (int) (long) p;
          }
        } else {
          int[] num = parseNumber(format, i);
          if (num == null) {
            i = format.length();
            prec = 0;
          } else {
            prec = num[1] > i ? num[0] : 0;
            i = num[1];
          }
        }
      }
      if (i >= format.length()) {
        out.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (argi >= args.size()) {
        out.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      GoValue arg = args.get(argi++);
      String text = verb(verb, arg, plus, sharp, space, prec);
      boolean numeric = arg instanceof Int || arg instanceof Flt;
      if (text.startsWith(BAD)) {
        // Go's badVerb prints the argument with %v under the same flags: the width pads the value
        int cut = text.indexOf(BAD, BAD.length());
        out.append(text, BAD.length(), cut)
            .append(
                pad(text.substring(cut + BAD.length()), width, minus, zero && numeric && !minus))
            .append(')');
      } else {
        out.append(pad(resolveBad(text), width, minus, zero && numeric && !minus));
      }
    }
    if (argi < args.size()) {
      out.append("%!(EXTRA ");
      List<String> extra = new ArrayList<>();
      for (int k = argi; k < args.size(); k++) {
        GoValue a = args.get(k);
        extra.add(a instanceof Invalid ? "<nil>" : a.type() + "=" + value(a, 0, false));
      }
      out.append(String.join(", ", extra)).append(')');
    }
    return out.toString();
  }

  /** Go's {@code tooLarge}: widths and precisions past a million are refused. */
  private static final long TOO_LARGE = 1_000_000L;

  /** A {@code *} width or precision argument: an int within ±1e6, else null. */
  private static Long starArgument(GoValue arg) {
    if (arg instanceof Int n && n.value() <= TOO_LARGE && n.value() >= -TOO_LARGE) {
      return n.value();
    }
    return null;
  }

  /**
   * Go's {@code parsenum} from {@code start}: {value, index after the digits}; the index is {@code
   * start} when no digit is there, and null when the number grows past 1e6 before its last digit
   * (Go then skips to the end of the format).
   */
  private static int[] parseNumber(String format, int start) {
    long num = 0;
    int i = start;
    while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
      if (num > TOO_LARGE) {
        return null;
      }
      num = num * 10 + (format.charAt(i) - '0');
      i++;
    }
    return new int[] {(int) num, i};
  }

  private static String pad(String s, int width, boolean left, boolean zeros) {
    int n = s.codePointCount(0, s.length());
    if (width <= n) {
      return s;
    }
    String fill = (zeros ? "0" : " ").repeat(width - n);
    if (left) {
      return s + fill;
    }
    if (zeros && (s.startsWith("-") || s.startsWith("+"))) {
      return s.charAt(0) + fill + s.substring(1);
    }
    return fill + s;
  }

  /**
   * Marks a bad verb's text as {@code BAD "%!v(type=" BAD value}: the caller pads the value alone,
   * as Go's {@code badVerb} does, and closes it; {@link #resolveBad} closes it unpadded (slice
   * elements: Go pads each element, which is not reproduced, see the compatibility page).
   */
  private static final String BAD = "\u0000bad\u0000";

  private static String bad(int verb, GoValue arg) {
    String head = "%!" + new String(Character.toChars(verb)) + "(";
    if (arg instanceof Invalid) {
      return head + "<nil>)";
    }
    return BAD + head + arg.type() + "=" + BAD + value(arg, 0, false);
  }

  /** One element's text with its bad-verb mark closed, unpadded. */
  private static String resolveBad(String text) {
    if (!text.startsWith(BAD)) {
      return text;
    }
    int mid = text.indexOf(BAD, BAD.length());
    return text.substring(BAD.length(), mid) + text.substring(mid + BAD.length()) + ")";
  }

  private static String verb(
      int verb, GoValue arg, boolean plus, boolean sharp, boolean space, int prec) {
    if (verb == 'T') {
      return arg instanceof Invalid ? "<nil>" : arg.type();
    }
    if (verb == 'v') {
      if (arg instanceof Flt f) {
        return floatSign(
            prec >= 0 ? fixedOrG(f.value(), 'g', prec) : value(arg, 0, false), plus, space);
      }
      String s = value(arg, 0, plus);
      if (plus && arg instanceof Int i && i.value() >= 0) {
        s = "+" + s;
      }
      return s;
    }
    if (arg instanceof Slice s
        && !(s.type().equals("[]uint8")
            && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X'))) {
      List<String> parts = new ArrayList<>();
      s.items().forEach(e -> parts.add(resolveBad(verb(verb, e, plus, sharp, space, prec))));
      return "[" + String.join(" ", parts) + "]";
    }
    GoValue a = arg;
    if (a instanceof Struct st && st.stringer().isPresent() && !pointerReceiverStringer(st)
        || a instanceof QuantityVal) {
      if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
        a = Str.of(value(a, 0, false));
      }
    }
    if (a instanceof Str s) {
      String text = prec >= 0 ? truncate(s.value(), prec) : s.value();
      return switch (verb) {
        case 's' -> text;
        case 'q' -> sharp && !text.contains("`") ? "`" + text + "`" : GoQuote.quote(text);
        case 'x', 'X' -> {
          StringBuilder sb = new StringBuilder();
          for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            sb.append(String.format(verb == 'x' ? "%02x" : "%02X", b & 0xff));
          }
          yield sb.toString();
        }
        default -> bad(verb, arg);
      };
    }
    if (a instanceof Bool b) {
      return verb == 't' ? Boolean.toString(b.value()) : bad(verb, arg);
    }
    if (a instanceof Int i) {
      long n = i.value();
      String sign = n < 0 ? "-" : plus ? "+" : space ? " " : "";
      String abs = i.unsigned() ? Long.toUnsignedString(n) : Long.toString(Math.abs(n));
      if (n == Long.MIN_VALUE) {
        abs = "9223372036854775808";
      }
      long mag = Math.abs(n);
      return switch (verb) {
        case 'd' -> sign + abs;
        case 'x' -> sign + (sharp ? "0x" : "") + Long.toHexString(mag);
        case 'X' -> sign + (sharp ? "0X" : "") + Long.toHexString(mag).toUpperCase();
        case 'o' -> sign + (sharp ? "0" : "") + Long.toOctalString(mag);
        case 'b' -> sign + Long.toBinaryString(mag);
        case 'c' -> new String(Character.toChars((int) n));
        case 'q' ->
            "'"
                + GoQuote.quote(new String(Character.toChars((int) n))).replaceAll("^\"|\"$", "")
                + "'";
        case 'U' -> String.format("U+%04X", n);
        case 'e', 'f', 'g', 'E', 'F', 'G' -> bad(verb, arg);
        default -> bad(verb, arg);
      };
    }
    if (a instanceof Flt f) {
      String text =
          switch (verb) {
            case 'f', 'F' -> fixedOrG(f.value(), 'f', prec < 0 ? 6 : prec);
            case 'e', 'E' -> fixedOrG(f.value(), 'e', prec < 0 ? 6 : prec);
            case 'g', 'G' -> prec < 0 ? floatG(f.value()) : fixedOrG(f.value(), 'g', prec);
            default -> null;
          };
      if (text == null) {
        return bad(verb, arg);
      }
      if (verb == 'E' || verb == 'G') {
        text = text.toUpperCase(java.util.Locale.ROOT);
      }
      return floatSign(text, plus, space);
    }
    if (a instanceof Invalid) {
      return "%!" + new String(Character.toChars(verb)) + "(<nil>)";
    }
    if (a instanceof Ptr p) {
      if (p.isNil()) {
        return verb == 'v' || verb == 'p'
            ? (verb == 'p' ? "0x0" : "<nil>")
            : "%!" + new String(Character.toChars(verb)) + "(" + p.type() + "=<nil>)";
      }
      GoValue t = p.target().get();
      if (t instanceof Struct || t instanceof Slice || t instanceof MapVal) {
        return "&" + resolveBad(verb(verb, t, plus, sharp, space, prec));
      }
      return switch (verb) {
        case 'p' -> FAKE_ADDRESS;
        case 'x', 'X' -> sharp ? FAKE_ADDRESS : FAKE_ADDRESS.substring(2);
        case 'd' -> Long.toString(Long.parseLong(FAKE_ADDRESS.substring(2), 16));
        default -> bad(verb, arg);
      };
    }
    return verb == 's' || verb == 'd' ? value(a, 0, plus) : bad(verb, arg);
  }

  private static String truncate(String s, int prec) {
    int n = s.codePointCount(0, s.length());
    return n <= prec ? s : s.substring(0, s.offsetByCodePoints(0, prec));
  }

  /**
   * strconv's {@code 'f'}, {@code 'e'} and {@code 'g'} with an explicit precision, from the exact
   * binary value rounded half-even, as Go's decimal conversion does: {@code %e} exponents have at
   * least two digits, and {@code %g} drops trailing zeros and switches to {@code %e} when the
   * exponent is below -4 or not below the precision.
   */
  private static String fixedOrG(double d, char kind, int prec) {
    if (kind == 'f') {
      return new BigDecimal(d).setScale(prec, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
    boolean neg = d < 0 || (d == 0 && 1 / d < 0);
    String sign = neg ? "-" : "";
    int significant = kind == 'e' ? prec + 1 : Math.max(prec, 1);
    String digits;
    int dp;
    if (d == 0) {
      digits = "";
      dp = 0;
    } else {
      BigDecimal r =
          new BigDecimal(Math.abs(d))
              .round(new java.math.MathContext(significant, java.math.RoundingMode.HALF_EVEN))
              .stripTrailingZeros();
      digits = r.unscaledValue().toString();
      dp = digits.length() - r.scale();
    }
    if (kind == 'e') {
      return sign + formatE(digits, dp, prec);
    }
    int p = Math.max(prec, 1);
    int nd = digits.length();
    int eprec = p;
    if (eprec > nd && nd >= dp) {
      eprec = nd;
    }
    int exp = dp - 1;
    if (d != 0 && (exp < -4 || exp >= eprec)) {
      return sign + formatE(digits, dp, Math.min(p, nd) - 1);
    }
    if (p > dp) {
      p = nd;
    }
    return sign + formatF(digits, dp, Math.max(p - dp, 0));
  }

  /** fmt's sign flags on a formatted float: {@code +} or a space before a non-negative value. */
  private static String floatSign(String text, boolean plus, boolean space) {
    if (text.startsWith("-")) {
      return text;
    }
    return plus ? "+" + text : space ? " " + text : text;
  }

  /** strconv's {@code fmtE}: d.ddd…e±XX with {@code prec} fraction digits. */
  private static String formatE(String digits, int dp, int prec) {
    StringBuilder s = new StringBuilder();
    s.append(digits.isEmpty() ? '0' : digits.charAt(0));
    if (prec > 0) {
      s.append('.');
      for (int i = 1; i <= prec; i++) {
        s.append(i < digits.length() ? digits.charAt(i) : '0');
      }
    }
    int exp = digits.isEmpty() ? 0 : dp - 1;
    s.append('e').append(exp < 0 ? '-' : '+');
    int abs = Math.abs(exp);
    if (abs < 10) {
      s.append('0');
    }
    return s.append(abs).toString();
  }

  /** strconv's {@code fmtF}: the integer part, then {@code frac} fraction digits. */
  private static String formatF(String digits, int dp, int frac) {
    StringBuilder s = new StringBuilder();
    if (dp > 0) {
      for (int i = 0; i < dp; i++) {
        s.append(i < digits.length() ? digits.charAt(i) : '0');
      }
    } else {
      s.append('0');
    }
    if (frac > 0) {
      s.append('.');
      for (int i = 0; i < frac; i++) {
        int j = dp + i;
        s.append(j >= 0 && j < digits.length() ? digits.charAt(j) : '0');
      }
    }
    return s.toString();
  }
}
