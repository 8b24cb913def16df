package dev.llmisvc.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.ParseException;
import dev.llmisvc.api.common.ServingObject;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceConfig;
import dev.llmisvc.api.validation.LlmisvcValidator;
import dev.llmisvc.api.validation.Violation;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.FieldExplanation;
import dev.llmisvc.compose.FieldOrigin;
import dev.llmisvc.compose.FieldPath;
import dev.llmisvc.compose.LayerId;
import dev.llmisvc.compose.source.ConfigSource;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderException;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The steps every example takes, written once, on typed values from start to end: validate the
 * service (built with the fluent builders) and its configs as the API server and KServe's webhook
 * would, compose them against the built-in presets, print the effective service and where a few of
 * its values came from, render the effective service into the Kubernetes objects KServe's
 * controller creates, and print those objects, what the cluster must already provide, and the
 * renderer's warnings. {@link #load} reads a sample from the classpath, for the tests that prove a
 * built service equal to its YAML form.
 *
 * <pre>{@code
 * LLMInferenceService service = SingleNodeGpuExample.build();
 * Composition<LLMInferenceService> c = Walkthrough.compose(service, List.of());
 * Walkthrough.print(c, List.of(FieldPath.parse("replicas")), System.out);
 * Rendering r = Walkthrough.render(c);
 * Walkthrough.print(r, System.out);
 * }</pre>
 */
public final class Walkthrough {
  /** Where the examples' configs live when they name no namespace: KServe's system namespace. */
  public static final String SYSTEM_NAMESPACE = "kserve";

  private Walkthrough() {}

  /**
   * Reads one YAML document from the classpath of this module into its model.
   *
   * @param resource a path such as {@code samples/prefill-decode/service.yaml}
   * @param type the model, e.g. {@code LLMInferenceService.class} of v1alpha2 or v1alpha1
   * @param <T> the model type
   * @return the value
   * @throws IllegalArgumentException when there is no such resource
   * @throws ParseException naming the resource when the document does not fit the model
   */
  public static <T> T load(String resource, Class<T> type) {
    try (InputStream in = Walkthrough.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource + " on the classpath");
      }
      return LlmisvcMapper.read(in, type);
    } catch (ParseException e) {
      throw e.withFile(resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Holds configs as a cluster would: a config without a namespace is placed in {@value
   * #SYSTEM_NAMESPACE}, where every service finds it ({@link ConfigSource#inMemory} alone would put
   * it in {@code default}).
   *
   * @param configs the configs
   * @return the source
   */
  public static ConfigSource configs(List<LLMInferenceServiceConfig> configs) {
    return ConfigSource.inMemory(
        configs.stream()
            .map(Walkthrough::inSystemNamespaceUnlessPlaced)
            .toArray(LLMInferenceServiceConfig[]::new));
  }

  private static LLMInferenceServiceConfig inSystemNamespaceUnlessPlaced(
      LLMInferenceServiceConfig config) {
    if (config.namespace().filter(ns -> !ns.isEmpty()).isPresent()) {
      return config;
    }
    return config.toBuilder()
        .metadata(
            new ObjectMetaBuilder(config.metadata().get()).withNamespace(SYSTEM_NAMESPACE).build())
        .build();
  }

  /**
   * Validates a service or config of either version as a CREATE would be.
   *
   * @param resource the resource
   * @return every violation; empty when the resource would be admitted
   */
  public static List<Violation> validate(ServingObject<?, ?> resource) {
    return LlmisvcValidator.validate(resource).errors();
  }

  /**
   * Composes a v1alpha2 service with KServe's defaults: the built-in presets in namespace {@value
   * #SYSTEM_NAMESPACE}, then the given configs, which win over the built-ins of the same name.
   *
   * @param service the service
   * @param configs configs besides the built-in presets (see {@link #configs})
   * @return the composition; its {@link Composition#effective()} is a v1alpha2 service
   */
  public static Composition<LLMInferenceService> compose(
      LLMInferenceService service, List<LLMInferenceServiceConfig> configs) {
    return composer(configs).compose(service);
  }

  /**
   * Composes a v1alpha1 service: KServe converts it to v1alpha2, composes, and converts the result
   * back; see {@link #compose(LLMInferenceService, List)}.
   *
   * @param service the service
   * @param configs configs besides the built-in presets (see {@link #configs})
   * @return the composition; its {@link Composition#effective()} is a v1alpha1 service
   */
  public static Composition<dev.llmisvc.api.v1alpha1.LLMInferenceService> compose(
      dev.llmisvc.api.v1alpha1.LLMInferenceService service,
      List<LLMInferenceServiceConfig> configs) {
    return composer(configs).compose(service);
  }

  private static Composer composer(List<LLMInferenceServiceConfig> configs) {
    return Composer.builder().configs(configs(configs)).build();
  }

  /**
   * Renders a composition's effective service as KServe's controller would on a first reconcile in
   * an empty namespace ({@link RenderSettings#defaults()}: KServe's default controller settings, no
   * cluster lookups, the TLS Secret listed as required instead of generated). A v1alpha1 service is
   * rendered from its v1alpha2 form, as KServe does.
   *
   * @param c a composition whose condition succeeded
   * @return the objects in creation order, the required objects and the warnings
   * @throws dev.llmisvc.compose.CompositionFailedException when the composition failed
   * @throws RenderException when KServe would refuse the effective spec while rendering
   */
  public static Rendering render(Composition<?> c) {
    return Renderer.render(c, RenderSettings.defaults());
  }

  /**
   * Validates the v1alpha2 service and the configs, composes, prints the effective service followed
   * by the origin of each of {@code paths}, then renders and prints the rendering (see {@link
   * #print(Rendering, PrintStream)}).
   *
   * @param service the service
   * @param configs configs besides the built-in presets
   * @param paths leaves of the effective spec whose origin to print
   * @param out where the effective service, the origins and the rendering go
   * @param err where violations, a failed composition and a refused rendering go
   * @return the process exit code: 0 when valid, composed and rendered, 1 otherwise
   */
  public static int run(
      LLMInferenceService service,
      List<LLMInferenceServiceConfig> configs,
      List<FieldPath> paths,
      PrintStream out,
      PrintStream err) {
    return run(service, configs, () -> compose(service, configs), paths, out, err);
  }

  /**
   * Validates the v1alpha1 service and the configs, composes, prints the effective v1alpha1
   * service, renders its v1alpha2 form and prints the rendering; see {@link
   * #run(LLMInferenceService, List, List, PrintStream, PrintStream)}.
   *
   * @param service the service
   * @param configs configs besides the built-in presets
   * @param paths leaves of the effective spec whose origin to print
   * @param out where the effective service, the origins and the rendering go
   * @param err where violations, a failed composition and a refused rendering go
   * @return the process exit code: 0 when valid, composed and rendered, 1 otherwise
   */
  public static int run(
      dev.llmisvc.api.v1alpha1.LLMInferenceService service,
      List<LLMInferenceServiceConfig> configs,
      List<FieldPath> paths,
      PrintStream out,
      PrintStream err) {
    return run(service, configs, () -> compose(service, configs), paths, out, err);
  }

  private static int run(
      ServingObject<?, ?> service,
      List<LLMInferenceServiceConfig> configs,
      Supplier<Composition<?>> compose,
      List<FieldPath> paths,
      PrintStream out,
      PrintStream err) {
    List<ServingObject<?, ?>> resources = new ArrayList<>();
    resources.add(service);
    resources.addAll(configs);
    boolean valid = true;
    for (ServingObject<?, ?> resource : resources) {
      for (Violation v : validate(resource)) {
        err.println(resource.name().orElse("(unnamed)") + ": " + v.render());
        valid = false;
      }
    }
    if (!valid) {
      return 1;
    }
    Composition<?> c = compose.get();
    if (!c.condition().succeeded()) {
      err.println(c.condition().describe());
      return 1;
    }
    print(c, paths, out);
    Rendering r;
    try {
      r = render(c);
    } catch (RenderException e) {
      err.println(e.getMessage());
      return 1;
    }
    print(r, out);
    return 0;
  }

  /**
   * Prints the effective service, the layers merged, the value and origin of each of {@code paths}
   * and the composition's warnings.
   *
   * @param c a composition whose condition succeeded
   * @param paths leaves of the effective spec
   * @param out where to print
   */
  public static void print(Composition<?> c, List<FieldPath> paths, PrintStream out) {
    out.print(LlmisvcMapper.writeYaml(c.effective()));
    out.println("---");
    out.println("# configs merged, lowest precedence first, then the service itself:");
    for (LayerId layer : c.layers()) {
      out.println("#   " + layer);
    }
    out.println("# where some values came from:");
    for (FieldPath path : paths) {
      Optional<FieldExplanation> leaf = leaf(c, path);
      String value = leaf.map(e -> shorten(e.value())).orElse("(absent)");
      String origin =
          leaf.flatMap(FieldExplanation::origin).map(FieldOrigin::describe).orElse("(not set)");
      out.println("#   " + path + " = " + value);
      out.println("#       from " + origin);
    }
    out.println("# warnings while composing (KServe logs them):");
    if (c.warnings().isEmpty()) {
      out.println("#   (none)");
    }
    for (String w : c.warnings()) {
      out.println("#   " + w);
    }
  }

  /**
   * Prints a rendering: the objects as one multi-document YAML stream in creation order, then, as
   * YAML comments, each object the cluster must already provide (with the field that needs it) and
   * each warning.
   *
   * @param r the rendering
   * @param out where to print
   */
  public static void print(Rendering r, PrintStream out) {
    out.print(r.toYaml());
    out.println("---");
    out.println("# the cluster must provide:");
    if (r.required().isEmpty()) {
      out.println("#   (nothing)");
    }
    for (RequiredObject o : r.required()) {
      out.println(
          "#   " + o.kind() + " " + o.namespace() + "/" + o.name() + " (" + o.apiVersion() + ")");
      out.println("#       " + o.reason());
    }
    out.println("# warnings while rendering:");
    if (r.warnings().isEmpty()) {
      out.println("#   (none)");
    }
    for (String w : r.warnings()) {
      out.println("#   " + w.replace("\n", "\n#   "));
    }
  }

  /**
   * One leaf of the effective spec, explained.
   *
   * @param c the composition
   * @param path a leaf (a scalar, or a list merged whole)
   * @return its value and origin; empty when the effective spec has no such leaf
   */
  public static Optional<FieldExplanation> leaf(Composition<?> c, FieldPath path) {
    // explain answers for a subtree; a leaf's own entry is the one spelt like the path
    return c.explain(path).stream().filter(e -> e.path().equals(path)).findFirst();
  }

  /** A scalar as it prints, a list or object as JSON; one line, at most 60 characters. */
  private static String shorten(JsonNode value) {
    String text = (value.isValueNode() ? value.asText() : value.toString()).replace("\n", "\\n");
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
