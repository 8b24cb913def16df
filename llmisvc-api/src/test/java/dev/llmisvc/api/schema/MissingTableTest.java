package dev.llmisvc.api.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table missing from the jar fails loudly instead of degrading merges to "replace whole". */
class MissingTableTest {
  @Test
  void aMissingBundledTableFailsAtLoad() {
    assertThatThrownBy(() -> GoSchema.load(List.of("core.types", "not-bundled.types")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not-bundled.types")
        .hasMessageContaining("missing from the class path");
  }
}
