package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest(name = "{0} prints {1}")
  @CsvSource({
    "1Gi, 1Gi",
    "1024Mi, 1Gi",
    "1536Mi, 1536Mi",
    "0.5Gi, 512Mi",
    "0.5Ki, 512",
    "1000Ki, 1000Ki",
    "100m, 100m",
    "0.1, 100m",
    "1.5, 1500m",
    "1000, 1k",
    "1500, 1500",
    "10G, 10G",
    "1e3, 1e3",
    "0, 0",
    "2, 2"
  })
  void printsCanonicalForm(String in, String out) {
    assertThat(Quantity.parse(in).toString()).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} has value {1}")
  @CsvSource({"100m, 1", "1.5, 2", "2Gi, 2147483648", "1.5G, 1500000000", "1e3, 1000"})
  void valueRoundsUp(String in, long value) {
    assertThat(Quantity.parse(in).longValue()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"abc", "1Xi", "''"})
  void rejectsNonQuantities(String in) {
    assertThatThrownBy(() -> Quantity.parse(in)).isInstanceOf(IllegalArgumentException.class);
  }
}
