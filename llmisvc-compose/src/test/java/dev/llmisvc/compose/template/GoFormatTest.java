package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.compose.template.GoValue.Bool;
import dev.llmisvc.compose.template.GoValue.Flt;
import dev.llmisvc.compose.template.GoValue.Int;
import dev.llmisvc.compose.template.GoValue.Invalid;
import dev.llmisvc.compose.template.GoValue.Ptr;
import dev.llmisvc.compose.template.GoValue.Str;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** fmt's verbs as templates reach them through {@code printf}. */
class GoFormatTest {
  private static String f(String format, GoValue... args) {
    return GoFormat.sprintf(format, List.of(args));
  }

  private static Int i(long v) {
    return new Int(v, "int");
  }

  @Test
  void quoteVerb() {
    assertThat(f("%q", Str.of("a\"b\n"))).isEqualTo("\"a\\\"b\\n\"");
    assertThat(f("%#q", Str.of("ab"))).isEqualTo("`ab`");
    assertThat(f("%q", i('x'))).isEqualTo("'x'");
  }

  @Test
  void widthsFlagsAndPrecision() {
    assertThat(f("[%5s][%-5s][%.2s]", Str.of("ab"), Str.of("ab"), Str.of("abc")))
        .isEqualTo("[   ab][ab   ][ab]");
    assertThat(
            f("[%05d][%-4d][%+d][%x][%#X][%o][%b]", i(42), i(7), i(3), i(-255), i(255), i(8), i(5)))
        .isEqualTo("[00042][7   ][+3][-ff][0XFF][10][101]");
    assertThat(
            f(
                "[%6.2f][%e][%g][%v]",
                new Flt(3.14159, "float64"),
                new Flt(1234.5678, "float64"),
                new Flt(0.00001, "float64"),
                new Flt(2.5, "float64")))
        .isEqualTo("[  3.14][1.234568e+03][1e-05][2.5]");
  }

  @Test
  void typesBadVerbsAndNil() {
    assertThat(f("%T %T %T", i(1), Str.of("s"), new Ptr("*int32", Optional.empty())))
        .isEqualTo("int string *int32");
    assertThat(f("%t %d", i(1), new Bool(true))).isEqualTo("%!t(int=1) %!d(bool=true)");
    assertThat(f("%s %v", new Invalid(), new Ptr("*int32", Optional.empty())))
        .isEqualTo("%!s(<nil>) <nil>");
    assertThat(f("%!")).isEqualTo("%!!(MISSING)");
    assertThat(f("abc%")).isEqualTo("abc%!(NOVERB)");
  }

  /** Each expectation is what Go 1.19.8 printed ({@code {{ x }}}, i.e. %v, and json.Marshal). */
  @Test
  void floatsPrintShortestLikeGo() {
    assertThat(GoFormat.floatG(1e21)).isEqualTo("1e+21");
    assertThat(GoFormat.floatG(1e20)).isEqualTo("1e+20");
    assertThat(GoFormat.floatG(1e6)).isEqualTo("1e+06");
    assertThat(GoFormat.floatG(1234567.0)).isEqualTo("1.234567e+06");
    assertThat(GoFormat.floatG(100000.0)).isEqualTo("100000");
    assertThat(GoFormat.floatG(123456.7)).isEqualTo("123456.7");
    assertThat(GoFormat.floatG(0.0001)).isEqualTo("0.0001");
    assertThat(GoFormat.floatG(0.00003)).isEqualTo("3e-05");
    assertThat(GoFormat.floatG(0.00001)).isEqualTo("1e-05");
    assertThat(GoFormat.floatG(-2.5e-10)).isEqualTo("-2.5e-10");
    assertThat(GoFormat.floatG(-2.5)).isEqualTo("-2.5");
    assertThat(GoFormat.floatG(-0.0)).isEqualTo("-0");
  }

  @Test
  void floatsEncodeAsGoJsonDoes() {
    assertThat(GoFormat.floatJson(1e6)).isEqualTo("1000000");
    assertThat(GoFormat.floatJson(3e-5)).isEqualTo("0.00003");
    assertThat(GoFormat.floatJson(1e-6)).isEqualTo("0.000001");
    assertThat(GoFormat.floatJson(1e-7)).isEqualTo("1e-7");
    assertThat(GoFormat.floatJson(1.5e-7)).isEqualTo("1.5e-7");
    assertThat(GoFormat.floatJson(2.5e-10)).isEqualTo("2.5e-10");
    assertThat(GoFormat.floatJson(1e21)).isEqualTo("1e+21");
    assertThat(GoFormat.floatJson(123456.7)).isEqualTo("123456.7");
    // Java 17's Double.toString gives 2.82879384806159008E17 here, one digit too many
    assertThat(GoFormat.floatJson(2.82879384806159e17)).isEqualTo("282879384806159000");
  }
}
