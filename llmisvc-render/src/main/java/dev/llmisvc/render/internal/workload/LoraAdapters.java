package dev.llmisvc.render.internal.workload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.v1alpha2.LoRASpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * LoRA adapters (rendering.md §5.2): {@code pvc://} adapters are mounted read-only at {@code
 * /mnt/lora/<name>} from volume {@code ChildName("lora-pvc-", name)}; container {@code main}'s args
 * are prefixed with {@code --enable-lora}, the limits, {@code --lora-modules} and two JSON entries
 * per adapter (its name, and {@code publishers/<ns>/models/<name>}) unless {@code --lora-modules}
 * is already in its command, args or {@code VLLM_ADDITIONAL_ARGS}. Downloads of {@code
 * hf://}/{@code s3://} adapters are done by {@link ModelArtifacts}.
 */
final class LoraAdapters {
  /** An adapter as enumerated (sorted by name), with its mount path and scheme. */
  record Adapter(String name, String mountPath, String uri, String scheme) {}

  private LoraAdapters() {}

  /** The adapters of {@code spec.model.lora}, sorted by name; the composer has checked them. */
  static List<Adapter> of(RenderContext ctx) {
    Optional<LoRASpec> lora = ctx.spec().model().flatMap(m -> m.lora());
    List<Adapter> out = new ArrayList<>();
    if (lora.isEmpty()) {
      return out;
    }
    for (var embedded : lora.get().adapters()) {
      JsonNode a = embedded.get();
      String name = a.path("name").asText("");
      String uri = a.path("uri").asText("");
      int sep = uri.indexOf("://");
      if (sep < 0) {
        throw ctx.fail(
            "spec.model.lora.adapters",
            "failed to enumerate LoRA adapters: adapter \"" + name + "\" has no URI scheme");
      }
      String scheme = uri.substring(0, sep);
      if (!List.of("hf", "s3", "pvc").contains(scheme)) {
        throw ctx.fail(
            "spec.model.lora.adapters",
            "failed to enumerate LoRA adapters: adapter \""
                + name
                + "\" has unsupported uri scheme \""
                + scheme
                + "://\"");
      }
      out.add(new Adapter(name, mountPath(name), uri, scheme));
    }
    out.sort(Comparator.comparing(Adapter::name));
    return out;
  }

  static String mountPath(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "-");
    if (safe.isEmpty() || safe.equals(".") || safe.equals("..")) {
      safe = "adapter";
    }
    return "/mnt/lora/" + safe;
  }

  static void attach(RenderContext ctx, PodSpec pod, String containerName, List<Adapter> adapters) {
    for (Adapter a : adapters) {
      if (!a.scheme().equals("pvc")) {
        continue;
      }
      String rest = a.uri().substring("pvc://".length());
      int slash = rest.indexOf('/');
      String claim = slash < 0 ? rest : rest.substring(0, slash);
      String path = slash < 0 ? "" : rest.substring(slash + 1);
      ctx.require("v1", "PersistentVolumeClaim", claim, "LoRA adapter " + a.name());
      ModelArtifacts.addModelMount(
          pod,
          containerName,
          ChildName.of("lora-pvc-", a.name()),
          a.mountPath(),
          path,
          true,
          Optional.of(claim));
    }
    Optional<Container> main = PodSpecs.container(pod, containerName);
    if (main.isEmpty() || declaresLoraModules(main.get())) {
      return;
    }
    LoRASpec lora = ctx.spec().model().flatMap(m -> m.lora()).orElseThrow();
    List<String> prefix = new ArrayList<>();
    prefix.add("--enable-lora");
    lora.maxRank().ifPresent(n -> prefix.add("--max-lora-rank=" + n));
    lora.maxAdapters().ifPresent(n -> prefix.add("--max-loras=" + n));
    lora.maxCpuAdapters().ifPresent(n -> prefix.add("--max-cpu-loras=" + n));
    prefix.add("--lora-modules");
    for (Adapter a : adapters) {
      prefix.add("'" + json(a.name(), a.mountPath()) + "'");
      prefix.add(
          "'" + json("publishers/" + ctx.namespace() + "/models/" + a.name(), a.mountPath()) + "'");
    }
    prefix.addAll(PodSpecs.args(main.get()));
    main.get().setArgs(prefix);
  }

  private static boolean declaresLoraModules(Container c) {
    if (c.getCommand() != null
        && c.getCommand().stream().anyMatch(s -> s.contains("--lora-modules"))) {
      return true;
    }
    if (c.getArgs() != null && c.getArgs().stream().anyMatch(s -> s.contains("--lora-modules"))) {
      return true;
    }
    if (c.getEnv() != null) {
      for (EnvVar e : c.getEnv()) {
        if ("VLLM_ADDITIONAL_ARGS".equals(e.getName())
            && e.getValue() != null
            && e.getValue().contains("--lora-modules")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String json(String name, String path) {
    return "{\"name\":" + quote(name) + ",\"path\":" + quote(path) + "}";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
