package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmisvc.api.UnsupportedDependencyException;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Run only with the too-old profile: Jackson 2.15 on the class path. */
class TooOldDependenciesTest {

  private static void saysWhichVersionsToImport(Executable call) {
    UnsupportedDependencyException e = assertThrows(UnsupportedDependencyException.class, call);
    String message = e.getMessage();
    assertTrue(message.contains("Jackson 2.16 or newer"), message);
    assertTrue(message.contains("jackson-databind 2.15.4"), message);
    assertTrue(message.contains("Import com.fasterxml.jackson:jackson-bom"), message);
  }

  @Test
  void theFirstCompositionSaysWhichVersionsToImport() {
    saysWhichVersionsToImport(Composer::builder);
  }

  @Test
  void theFirstReadAndTheFirstBuilderWithAPodSpecSayItToo() {
    saysWhichVersionsToImport(
        () ->
            LlmisvcMapper.read(
                "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n",
                LLMInferenceService.class));
    saysWhichVersionsToImport(
        () ->
            LLMInferenceService.builder()
                .spec(s -> s.template(t -> t.addNewContainer().withName("main").endContainer()))
                .build());
  }
}
