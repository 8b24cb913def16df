package dev.llmisvc.examples.guide;

import dev.llmisvc.api.resource.Resources;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.ValidationResult;
import dev.llmisvc.api.validation.Violation;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.api.yaml.DocumentReader;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldExplanation;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderSettings;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The code of the site's guide and rendering pages, one method per snippet, each the tagged region
 * the page quotes. The methods return what the snippet computes, so {@code GuideExamplesTest} can
 * check what the pages say about it.
 */
public final class GuideExamples {
  private GuideExamples() {}

  /**
   * A service written with the builders: the guide's running example.
   *
   * @return the service
   */
  public static LLMInferenceService builders() {
    // tag::builders[]
    LLMInferenceService svc =
        LLMInferenceService.builder()
            .metadata(m -> m.withName("qwen2-7b-instruct").withNamespace("llm"))
            .spec(
                s ->
                    s.model(
                            m ->
                                m.uri("hf://Qwen/Qwen2.5-7B-Instruct")
                                    .name("Qwen/Qwen2.5-7B-Instruct"))
                        .addBaseRefs("my-gpu-profile")
                        .replicas(3)
                        .template(
                            t ->
                                t.addNewContainer()
                                    .withName("main")
                                    .withNewResources()
                                    .addToLimits("nvidia.com/gpu", new Quantity("1"))
                                    .endResources()
                                    .endContainer())
                        .router(r -> r.route(route -> {}).gateway(g -> {}).scheduler(x -> {})))
            .build();
    // end::builders[]
    return svc;
  }

  /**
   * A changed copy of a service.
   *
   * @param svc the service
   * @return the copy with five replicas
   */
  public static LLMInferenceService changedCopy(LLMInferenceService svc) {
    // tag::changed-copy[]
    LLMInferenceService scaled = svc.toBuilder().spec(s -> s.replicas(5)).build();
    // scaled keeps svc's model, template, router and baseRefs; only replicas changed
    // end::changed-copy[]
    return scaled;
  }

  /**
   * Reads a service from a YAML file and writes it back.
   *
   * @param file the file
   * @return the YAML written
   */
  public static String readAndWrite(Path file) {
    // tag::read-write[]
    LLMInferenceService svc = LlmisvcMapper.read(file, LLMInferenceService.class);
    String yaml = LlmisvcMapper.writeYaml(svc);
    // end::read-write[]
    return yaml;
  }

  /**
   * Reads every document of files and directories, keeping the v1alpha2 services.
   *
   * @param inputs files and directories
   * @return the v1alpha2 services found
   */
  public static List<LLMInferenceService> readServices(List<Path> inputs) {
    List<LLMInferenceService> services = new ArrayList<>();
    // tag::read-documents[]
    for (Document doc : DocumentReader.read(inputs)) {
      if (Resources.read(doc) instanceof LLMInferenceService s) {
        // a v1alpha2 service; v1alpha1 documents give dev.llmisvc.api.v1alpha1 models
        services.add(s);
      }
    }
    // end::read-documents[]
    return services;
  }

  /**
   * Validates a service and prints its violations.
   *
   * @param svc the service
   * @param err where each violation is printed
   * @return the result
   */
  public static ValidationResult validate(LLMInferenceService svc, PrintStream err) {
    // tag::validate[]
    ValidationResult r = LlmisvcValidator.validate(svc);
    for (Violation v : r.errors()) {
      // for replicas: -1, prints "spec.replicas: Invalid value: -1:
      // spec.replicas in body should be greater than or equal to 0" on one line
      err.println(v.render());
    }
    // end::validate[]
    return r;
  }

  /**
   * Composes a service with a team's profile config and TLS on.
   *
   * @param svc the service
   * @param out where the outcome is printed
   * @return the composition
   */
  public static Composition<LLMInferenceService> compose(LLMInferenceService svc, PrintStream out) {
    // tag::compose[]
    LLMInferenceServiceConfig profile =
        LLMInferenceServiceConfig.builder()
            .metadata(m -> m.withName("my-gpu-profile").withNamespace("llm"))
            .spec(s -> s.replicas(2))
            .build();
    Composer composer =
        Composer.builder()
            .configs(ConfigSource.inMemory(profile))
            .settings(ControllerSettings.builder().enableTls(true).build())
            .build();
    Composition<LLMInferenceService> c = composer.compose(svc);

    if (c.succeeded()) {
      LLMInferenceService effective = c.effective(); // same version as svc, with appliedConfigs
      List<AppliedConfigRef> applied = c.appliedConfigs(); // presets, then baseRefs, lowest first
      out.println(effective.metadata().get().getName() + ": " + applied.size() + " configs");
    } else {
      out.println(c.condition().reason()); // ConfigNotFound, CombineBaseError, ...
      out.println(c.condition().message()); // KServe's text, word for word
      out.println(c.condition().detail()); // what we add: config, field, layer
      out.println(c.missingConfigs());
    }
    // end::compose[]
    return c;
  }

  /**
   * Prints where some values of a composition came from, one answer a line: the answers the guide
   * shows in its comments.
   *
   * @param c the composition of {@link #builders()} by {@link #compose}
   * @param out where the answers are printed
   */
  public static void provenance(Composition<LLMInferenceService> c, PrintStream out) {
    // tag::provenance[]
    out.println(
        c.origin(FieldPath.parse("template.containers[name=main].image"))
            .flatMap(FieldOrigin::layer)); // Optional[Preset:kserve/kserve-config-llm-template]
    out.println(
        c.origin("replicas")
            .map(FieldOrigin::describe)); // Optional[LLMInferenceService:llm/qwen2-7b-instruct]
    // Optional[set by post-merge step epp-service-account-default]
    out.println(
        c.origin("router.scheduler.template.serviceAccountName").map(FieldOrigin::describe));
    for (FieldExplanation e : c.explain(FieldPath.parse("replicas"))) {
      out.println(e.value()); // 3
      out.println(e.overrides()); // [Override[layer=UserRef:llm/my-gpu-profile, value=2]]
    }
    out.println(c.layers()); // lowest first: the presets, UserRef:llm/my-gpu-profile, the service
    // end::provenance[]
  }

  /**
   * Composes and renders a service, printing the objects.
   *
   * @param service the service
   * @param out where the objects, the required objects and the YAML go
   * @return the rendering
   */
  public static Rendering render(LLMInferenceService service, PrintStream out) {
    // tag::render[]
    Composition<LLMInferenceService> c = Composer.builder().build().compose(service);
    Rendering r = Renderer.render(c, RenderSettings.defaults());

    for (HasMetadata o : r.objects()) { // KServe's creation order
      out.println(o.getKind() + " " + o.getMetadata().getName());
    }
    r.required(); // what must exist already: the TLS Secret, the ingress Gateway
    r.warnings(); // what KServe would do or skip silently
    out.print(r.toYaml()); // multi-document YAML, byte-identical per input
    // end::render[]
    return r;
  }
}
