package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmisvc.api.UnsupportedDependencyException;
import dev.llmisvc.compose.Composer;
import org.junit.jupiter.api.Test;

/** Run only with the too-old profile: Jackson 2.15 on the class path. */
class TooOldDependenciesTest {

  @Test
  void theFirstCompositionSaysWhichVersionsToImport() {
    UnsupportedDependencyException e =
        assertThrows(UnsupportedDependencyException.class, Composer::builder);
    String message = e.getMessage();
    assertTrue(message.contains("Jackson 2.16 or newer"), message);
    assertTrue(message.contains("jackson-databind 2.15.4"), message);
    assertTrue(message.contains("Import com.fasterxml.jackson:jackson-bom"), message);
  }
}
