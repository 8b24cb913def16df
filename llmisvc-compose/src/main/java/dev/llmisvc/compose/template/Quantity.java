package dev.llmisvc.compose.template;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes {@code resource.Quantity}: parsed from its string form, printed in apimachinery's
 * canonical form ({@code 1024Mi} prints {@code 1Gi}, {@code 0.5} prints {@code 500m}), and {@code
 * Value()} rounded up to an integer as Go does.
 */
record Quantity(BigDecimal value, Format format) {
  enum Format {
    BINARY_SI,
    DECIMAL_SI,
    DECIMAL_EXPONENT
  }

  private static final Pattern FORM =
      Pattern.compile("^([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))([a-zA-Z]*|[eE][+-]?[0-9]+)$");
  private static final Map<String, Integer> BINARY =
      Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
  private static final Map<String, Integer> DECIMAL =
      Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);

  static Quantity zero() {
    return new Quantity(BigDecimal.ZERO, Format.DECIMAL_SI);
  }

  /** Parses a quantity string; throws IllegalArgumentException like {@code ParseQuantity}. */
  static Quantity parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("quantities must match the regular expression");
    }
    BigDecimal number =
        new BigDecimal(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1));
    String suffix = m.group(2);
    if (BINARY.containsKey(suffix)) {
      return new Quantity(
          number.multiply(new BigDecimal(BigInteger.TWO.pow(BINARY.get(suffix)))),
          Format.BINARY_SI);
    }
    if (DECIMAL.containsKey(suffix)) {
      return new Quantity(number.scaleByPowerOfTen(DECIMAL.get(suffix)), Format.DECIMAL_SI);
    }
    if (suffix.startsWith("e") || suffix.startsWith("E")) {
      return new Quantity(
          number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1))), Format.DECIMAL_EXPONENT);
    }
    throw new IllegalArgumentException("unable to parse quantity's suffix");
  }

  /** {@code Quantity.Value()}: the value rounded up to an integer. */
  long longValue() {
    return value.setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /** The canonical string, as {@code Quantity.String()}. */
  @Override
  public String toString() {
    // apimachinery keeps nano precision, rounding up
    BigDecimal v = value.setScale(9, RoundingMode.CEILING).stripTrailingZeros();
    if (v.signum() == 0) {
      return "0";
    }
    Format f = format;
    if (f == Format.BINARY_SI) {
      if (v.abs().compareTo(BigDecimal.valueOf(1024)) < 0 || v.scale() > 0) {
        f = Format.DECIMAL_SI;
      } else {
        BigInteger i = v.toBigIntegerExact();
        String[] suffixes = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        int k = 0;
        while (k < 6 && i.mod(BigInteger.valueOf(1024)).signum() == 0 && i.signum() != 0) {
          i = i.divide(BigInteger.valueOf(1024));
          k++;
        }
        return i + suffixes[k];
      }
    }
    // decimal: mantissa * 10^exp with exp a multiple of 3, mantissa integral, exp maximal
    BigInteger mantissa = v.unscaledValue();
    int exp = -v.scale();
    int r = Math.floorMod(exp, 3);
    mantissa = mantissa.multiply(BigInteger.TEN.pow(r));
    exp -= r;
    while (exp < 18 && mantissa.mod(BigInteger.valueOf(1000)).signum() == 0) {
      mantissa = mantissa.divide(BigInteger.valueOf(1000));
      exp += 3;
    }
    while (exp > 18) {
      mantissa = mantissa.multiply(BigInteger.valueOf(1000));
      exp -= 3;
    }
    if (f == Format.DECIMAL_EXPONENT) {
      return exp == 0 ? mantissa.toString() : mantissa + "e" + exp;
    }
    String suffix =
        switch (exp) {
          case -9 -> "n";
          case -6 -> "u";
          case -3 -> "m";
          case 0 -> "";
          case 3 -> "k";
          case 6 -> "M";
          case 9 -> "G";
          case 12 -> "T";
          case 15 -> "P";
          default -> "E";
        };
    return mantissa + suffix;
  }
}
