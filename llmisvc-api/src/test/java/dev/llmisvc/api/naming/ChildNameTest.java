package dev.llmisvc.api.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChildNameTest {

  @Test
  void shortNamesAreConcatenated() {
    assertThat(ChildName.of("test-llm-preset", "-inference-pool"))
        .isEqualTo("test-llm-preset-inference-pool");
  }

  @Test
  void exactly63BytesIsStillConcatenated() {
    String parent = "a".repeat(48);
    assertThat(ChildName.of(parent, "-inference-pool"))
        .hasSize(63)
        .isEqualTo(parent + "-inference-pool");
  }

  @Test
  void longParentKeepsHeadThenParentHashThenSuffix() throws Exception {
    String parent = "a-very-long-llm-inference-service-name-that-goes-past-the-limit";
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("MD5").digest(parent.getBytes(StandardCharsets.UTF_8)));
    String name = ChildName.of(parent, "-epp-sa");
    assertThat(name).isEqualTo(parent.substring(0, 31 - 7) + hash + "-epp-sa").hasSize(63);
  }

  @Test
  void knownValueForLongName() {
    // The MD5 of sixty 'x' characters, computed outside Java.
    assertThat(ChildName.of("x".repeat(60), "-kserve-workload-svc"))
        .isEqualTo("x".repeat(11) + "1198000c11968f9368e02d6da57ec147" + "-kserve-workload-svc");
  }

  @Test
  void suffixOf31OrMoreHashesParentAndSuffixAndTrimsTrailingPunctuation() throws Exception {
    String parent = "p".repeat(40);
    String suffix = "-" + "s".repeat(29) + "-"; // 31 bytes, ends in '-'
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("MD5")
                    .digest((parent + suffix).getBytes(StandardCharsets.UTF_8)));
    String expected = "p".repeat(31) + hash; // 63 bytes already: nothing of the suffix fits
    assertThat(ChildName.of(parent, suffix)).isEqualTo(expected);
  }
}
