package dev.llmisvc.cli;

import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.Document;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.RenderException;
import dev.llmisvc.render.context.RenderSettings;
import dev.llmisvc.render.context.RequiredObject;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code llmisvc render -f SERVICE}: the Kubernetes objects KServe's controller would create for
 * every service given, composed first, in KServe's creation order.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Composes each LLMInferenceService and renders the Kubernetes objects KServe's controller"
          + " creates for it (Deployments or LeaderWorkerSets, Services, RBAC, autoscalers,"
          + " scheduler, InferencePool, HTTPRoute), in KServe's creation order, as multi-document"
          + " YAML or a JSON List.",
      "Objects the cluster must provide (the TLS Secret unless --generate-tls, named"
          + " ServiceAccounts, Secrets, ConfigMaps, referenced Gateways) and warnings go to"
          + " standard error. A service that cannot be composed or rendered is reported by name;"
          + " the others are still printed, and the exit code is 1.",
      "Services are read, rendered and printed one at a time (several at once with --jobs),"
          + " always in input order; a file that cannot be read is reported in its place. JSON"
          + " output is compact for both json and json-compact."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ComposeOptionsMixin options;

  @Mixin OutputOption output;

  @Option(
      names = "--generate-tls",
      description =
          "Create the self-signed certificate Secret, as KServe does (its key and dates differ on"
              + " every run); without it the Secret is listed as provided by the cluster.")
  boolean generateTls;

  @Option(
      names = "--inference-pool-v1alpha2",
      description =
          "The cluster serves InferencePool inference.networking.x-k8s.io/v1alpha2 too, so KServe"
              + " also creates that pool.")
  boolean poolV1alpha2;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description =
          "Write one file per object into DIR (NNN-namespace-kind-name.yaml|json, NNN the"
              + " creation order) instead of printing.")
  Optional<Path> outputDir;

  @Mixin JobsOption jobs;

  /** One object rendered: what names its file, and its text. */
  private record Written(String namespace, String kind, String name, String text) {}

  /** What rendering one service prints: standard error lines, then its objects. */
  private record Outcome(List<String> errors, List<Written> objects, boolean failed) {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    InputReader reader = options.serviceReader(spec);
    // each service is written as soon as it is rendered: a fleet never sits in memory whole
    Sink sink = new Sink(spec.commandLine().getOut());
    boolean[] failed = {false};
    int[] seen = {0};
    new Pipeline<Outcome>(
            jobs.jobs(),
            doc -> render(doc, reader),
            problem -> new Outcome(List.of(problem), List.of(), true),
            o -> {
              o.errors().forEach(err::println);
              failed[0] |= o.failed();
              seen[0]++;
              try {
                sink.write(o.objects());
              } catch (InputException e) {
                e.lines().forEach(err::println);
                failed[0] = true;
              }
              err.flush();
            })
        .run(reader, options.inputs());
    sink.close();
    failed[0] |= options.reportNoDocuments(seen[0], "render", err);
    err.flush();
    return failed[0] ? Main.INVALID : 0;
  }

  private Outcome render(Document doc, InputReader reader) {
    List<String> errors = new ArrayList<>();
    try {
      Resources.requireKind(doc, "LLMInferenceService");
      Resources.requireValid(doc);
      Composer composer = options.composer(doc.namespace(), reader);
      Composition<LLMInferenceService> c = composer.compose(Resources.typedService(doc));
      c.warnings().forEach(w -> errors.add(doc.label() + ": warning: " + w));
      if (!c.succeeded()) {
        errors.add(doc.label() + ": " + c.condition().describe());
        return new Outcome(errors, List.of(), true);
      }
      Rendering r = Renderer.render(c, settings(composer.settings()));
      r.warnings().forEach(w -> errors.add(doc.label() + ": warning: " + w));
      for (RequiredObject o : r.required()) {
        errors.add(
            doc.label()
                + ": requires "
                + o.kind()
                + " "
                + (o.namespace().isEmpty() ? "" : o.namespace() + "/")
                + o.name()
                + " ("
                + o.reason()
                + ")");
      }
      List<Written> objects = new ArrayList<>();
      for (HasMetadata o : r.objects()) {
        objects.add(
            new Written(
                o.getMetadata().getNamespace(),
                o.getKind(),
                o.getMetadata().getName(),
                output.format.isJson() ? Rendering.toJson(o) : Rendering.toYaml(o)));
      }
      return new Outcome(errors, objects, false);
    } catch (RenderException e) {
      errors.add(doc.label() + ": " + e.getMessage());
      return new Outcome(errors, List.of(), true);
    } catch (InputException e) {
      errors.addAll(e.lines());
      return new Outcome(errors, List.of(), true);
    }
  }

  private RenderSettings settings(ControllerSettings controller) {
    ControllerSettings c = controller;
    if (poolV1alpha2) {
      c =
          c.toBuilder()
              .inferencePoolVersions(
                  EnumSet.of(
                      ControllerSettings.InferencePoolVersion.V1,
                      ControllerSettings.InferencePoolVersion.V1ALPHA2))
              .build();
    }
    return RenderSettings.builder().controller(c).generateTls(generateTls).build();
  }

  /**
   * Writes renderings as they come: YAML documents, one JSON List (compact for both JSON formats),
   * or one file per object.
   */
  private final class Sink {
    private final PrintWriter out;
    private int index;

    Sink(PrintWriter out) {
      this.out = out;
    }

    void write(List<Written> objects) {
      for (Written o : objects) {
        index++;
        if (outputDir.isPresent()) {
          writeFile(outputDir.get(), index, o);
        } else if (output.format.isJson()) {
          out.print(index == 1 ? "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[" : ",");
          out.print(o.text());
        } else {
          out.print("---\n");
          out.print(o.text());
        }
      }
      out.flush();
    }

    void close() {
      if (index > 0 && outputDir.isEmpty() && output.format.isJson()) {
        out.println("]}");
      }
      out.flush();
    }
  }

  private void writeFile(Path dir, int index, Written o) {
    try {
      Files.createDirectories(dir);
      String namespace = o.namespace();
      String file =
          String.format(
              Locale.ROOT,
              "%03d-%s-%s-%s.%s",
              index,
              namespace == null || namespace.isEmpty() ? "cluster" : namespace,
              o.kind().toLowerCase(Locale.ROOT),
              o.name(),
              output.format.isJson() ? "json" : "yaml");
      Files.writeString(
          dir.resolve(file),
          output.format.isJson() ? o.text() + "\n" : o.text(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(dir + ": cannot be written: " + e.getMessage());
    }
  }
}
