package dev.llmisvc.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.render.Rendering;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the guide's and the rendering page's comments say about their snippets holds. */
class GuideExamplesTest {
  private static final Path SAMPLES = Path.of("src/main/resources/samples");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> printed() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void theBuiltServiceReadsLikeItsYaml() {
    LLMInferenceService svc = GuideExamples.builders();

    assertThat(LlmisvcMapper.writeYaml(svc))
        .contains(
            "  baseRefs:\n    - name: my-gpu-profile\n",
            "  replicas: 3\n",
            "  router:\n    route: {}\n    gateway: {}\n    scheduler: {}\n");
  }

  @Test
  void aChangedCopyKeepsWhatTheLambdaDoesNotTouch() {
    LLMInferenceService svc = GuideExamples.builders();
    LLMInferenceService scaled = GuideExamples.changedCopy(svc);

    assertThat(scaled.spec().replicas()).contains(5);
    assertThat(scaled.toBuilder().spec(s -> s.replicas(3)).build()).isEqualTo(svc);
  }

  @Test
  void readingAndReadingDocumentsGiveTheSampleService() {
    Path sample = SAMPLES.resolve("single-node-gpu.yaml");

    assertThat(GuideExamples.readAndWrite(sample)).contains("name: qwen2-7b-instruct");
    assertThat(GuideExamples.readServices(List.of(SAMPLES)))
        .extracting(s -> s.metadata().get().getName())
        .contains("qwen2-7b-instruct", "deepseek-r1-dp-ep", "opt-125m-lora");
  }

  @Test
  void aNegativeReplicaCountIsReportedWithTheApiServersWording() {
    LLMInferenceService bad =
        GuideExamples.builders().toBuilder().spec(s -> s.replicas(-1)).build();

    ValidationResult r = GuideExamples.validate(bad, out);

    assertThat(r.valid()).isFalse();
    assertThat(printed())
        .contains(
            "spec.replicas: Invalid value: -1: spec.replicas in body should be greater than or"
                + " equal to 0");
  }

  @Test
  void composingWithTheProfileAppliesThreePresetsAndTheProfile() {
    Composition<LLMInferenceService> c = GuideExamples.compose(GuideExamples.builders(), out);

    assertThat(c.succeeded()).as(c.condition().message()).isTrue();
    assertThat(printed()).containsExactly("qwen2-7b-instruct: 4 configs");
  }

  @Test
  void composingWithoutTheProfileNamesTheMissingConfig() {
    LLMInferenceService other =
        GuideExamples.builders().toBuilder().spec(s -> s.baseRefs(List.of())).build();
    other = other.toBuilder().spec(s -> s.addBaseRefs("nowhere")).build();

    Composition<LLMInferenceService> c = GuideExamples.compose(other, out);

    assertThat(c.succeeded()).isFalse();
    assertThat(printed())
        .startsWith(
            "ConfigNotFound",
            "LLMInferenceServiceConfig \"nowhere\" not found in namespaces [llm kserve]");
  }

  @Test
  void provenanceAnswersAreTheOnesTheGuideShows() {
    GuideExamples.provenance(
        GuideExamples.compose(
            GuideExamples.builders(), new PrintStream(new ByteArrayOutputStream())),
        out);

    assertThat(printed())
        .containsExactly(
            "Optional[Preset:kserve/kserve-config-llm-template]",
            "Optional[LLMInferenceService:llm/qwen2-7b-instruct]",
            "Optional[set by post-merge step epp-service-account-default]",
            "3",
            "[Override[layer=UserRef:llm/my-gpu-profile, value=2]]",
            "[Preset:kserve/kserve-config-llm-scheduler, Preset:kserve/kserve-config-llm-router-route,"
                + " Preset:kserve/kserve-config-llm-template, UserRef:llm/my-gpu-profile,"
                + " LLMInferenceService:llm/qwen2-7b-instruct]");
  }

  @Test
  void renderingTheSampleListsItsObjectsAndWhatMustExist() {
    LLMInferenceService sample =
        LlmisvcMapper.read(SAMPLES.resolve("single-node-gpu.yaml"), LLMInferenceService.class);

    Rendering r = GuideExamples.render(sample, out);

    assertThat(printed()).startsWith("Deployment qwen2-7b-instruct-kserve");
    assertThat(r.required())
        .extracting(o -> o.kind() + " " + o.namespace() + "/" + o.name())
        .containsExactly(
            "Secret llm/qwen2-7b-instruct-kserve-self-signed-certs",
            "Gateway kserve/kserve-ingress-gateway");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith(r.toYaml());
  }
}
