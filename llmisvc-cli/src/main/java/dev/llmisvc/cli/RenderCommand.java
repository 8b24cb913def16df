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
import java.util.EnumSet;
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
          + " the others are still printed, and the exit code is 1."
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

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    InputReader reader = new InputReader(System.in);
    // each service is written as soon as it is rendered: a fleet never sits in memory whole
    Sink sink = new Sink(spec.commandLine().getOut());
    boolean failed = false;
    for (Document doc : reader.read(options.services)) {
      try {
        Resources.requireKind(doc, "LLMInferenceService");
        Resources.requireValid(doc);
        Composer composer = options.composer(doc.namespace(), reader);
        Composition<LLMInferenceService> c = composer.compose(Resources.typedService(doc));
        c.warnings().forEach(w -> err.println(doc.label() + ": warning: " + w));
        if (!c.succeeded()) {
          err.println(doc.label() + ": " + c.condition().reason() + ": " + c.condition().message());
          failed = true;
          continue;
        }
        Rendering r = Renderer.render(c, settings(composer.settings()));
        r.warnings().forEach(w -> err.println(doc.label() + ": warning: " + w));
        for (RequiredObject o : r.required()) {
          err.println(
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
        sink.write(r);
      } catch (RenderException e) {
        err.println(doc.label() + ": " + e.getMessage());
        failed = true;
      } catch (InputException e) {
        e.lines().forEach(err::println);
        failed = true;
      }
    }
    sink.close();
    err.flush();
    return failed ? Main.INVALID : 0;
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

  /** Writes renderings as they come: YAML documents, one JSON List, or one file per object. */
  private final class Sink {
    private final PrintWriter out;
    private int index;

    Sink(PrintWriter out) {
      this.out = out;
    }

    void write(Rendering r) {
      for (HasMetadata o : r.objects()) {
        index++;
        if (outputDir.isPresent()) {
          writeFile(outputDir.get(), index, o);
        } else if (output.format == OutputFormat.json) {
          out.print(index == 1 ? "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[" : ",");
          out.print(Rendering.toJson(o));
        } else {
          out.print("---\n");
          out.print(Rendering.toYaml(o));
        }
      }
      out.flush();
    }

    void close() {
      if (index > 0 && outputDir.isEmpty() && output.format == OutputFormat.json) {
        out.println("]}");
      }
      out.flush();
    }
  }

  private void writeFile(Path dir, int index, HasMetadata o) {
    try {
      Files.createDirectories(dir);
      String namespace = o.getMetadata().getNamespace();
      String file =
          String.format(
              Locale.ROOT,
              "%03d-%s-%s-%s.%s",
              index,
              namespace == null || namespace.isEmpty() ? "cluster" : namespace,
              o.getKind().toLowerCase(Locale.ROOT),
              o.getMetadata().getName(),
              output.format == OutputFormat.json ? "json" : "yaml");
      Files.writeString(
          dir.resolve(file),
          output.format == OutputFormat.json ? Rendering.toJson(o) + "\n" : Rendering.toYaml(o),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(dir + ": cannot be written: " + e.getMessage());
    }
  }
}
