package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** KServe's words for a device count, from its {@code ManagedDRADeviceCount} and Go's Atoi. */
class ManagedDraAnnotationsTest {
  @Test
  void aCountIsReadAsGoReadsIt() {
    assertThat(ManagedDraAnnotations.deviceCountError("2")).isEmpty();
    assertThat(ManagedDraAnnotations.deviceCountError(" +3 ")).isEmpty();
    assertThat(ManagedDraAnnotations.deviceCountError("  ")).isEmpty();
    assertThat(ManagedDraAnnotations.deviceCountError("0"))
        .contains("invalid serving.kserve.io/exp-dra-device-count value \"0\": must be >= 1");
    assertThat(ManagedDraAnnotations.deviceCountError(" x1 "))
        .contains(
            "invalid serving.kserve.io/exp-dra-device-count value \" x1 \": strconv.Atoi:"
                + " parsing \"x1\": invalid syntax");
    assertThat(ManagedDraAnnotations.deviceCountError("-"))
        .contains(
            "invalid serving.kserve.io/exp-dra-device-count value \"-\": strconv.Atoi:"
                + " parsing \"-\": invalid syntax");
    assertThat(ManagedDraAnnotations.deviceCountError("99999999999999999999"))
        .contains(
            "invalid serving.kserve.io/exp-dra-device-count value \"99999999999999999999\":"
                + " strconv.Atoi: parsing \"99999999999999999999\": value out of range");
  }

  @Test
  void spacesAreTrimmedAsGosTrimSpaceDoes() {
    // NBSP and NEL are white space to Go, not to Java's strip()
    assertThat(ManagedDraAnnotations.deviceCountError("\u00a04\u0085")).isEmpty();
    assertThat(ManagedDraAnnotations.deviceCount("\u00a04\u0085")).isEqualTo(4);
    assertThat(ManagedDraAnnotations.deviceCount(" ")).isEqualTo(1);
  }
}
