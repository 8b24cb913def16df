package dev.llmisvc.render.internal.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.render.internal.Fabric8Json;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists what the rendered pod templates refer to and nobody renders: Secrets and ConfigMaps of
 * volumes (also projected), env and envFrom; PersistentVolumeClaims; image pull Secrets;
 * ServiceAccounts. Runs once over the final object list, so objects rendered by any step (the TLS
 * Secret when generated, generated ServiceAccounts) are not listed. References marked {@code
 * optional: true} and the namespace's {@code default} ServiceAccount are skipped.
 */
public final class RequiredReferences {

  private RequiredReferences() {}

  /**
   * Records every reference of {@code objects} that is not itself in {@code objects}.
   *
   * @param ctx the rendering, which collects the required objects
   * @param objects every rendered object, in creation order
   */
  public static void collect(RenderContext ctx, List<HasMetadata> objects) {
    Set<String> rendered = new HashSet<>();
    for (HasMetadata o : objects) {
      rendered.add(o.getKind() + "/" + o.getMetadata().getName());
    }
    for (HasMetadata o : objects) {
      String owner = o.getKind() + " " + o.getMetadata().getName();
      walk(ctx, Fabric8Json.serialization().convertValue(o, ObjectNode.class), owner, rendered, "");
    }
  }

  private static void walk(
      RenderContext ctx, JsonNode node, String owner, Set<String> rendered, String key) {
    if (node.isArray()) {
      if (key.equals("imagePullSecrets")) {
        node.forEach(e -> need(ctx, rendered, "Secret", e.path("name").asText(""), owner, key));
        return;
      }
      node.forEach(e -> walk(ctx, e, owner, rendered, key));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (!node.path("optional").asBoolean(false)) {
      switch (key) {
        case "configMap", "configMapKeyRef", "configMapRef" ->
            need(ctx, rendered, "ConfigMap", node.path("name").asText(""), owner, key);
        case "secret" ->
            need(
                ctx,
                rendered,
                "Secret",
                node.has("secretName")
                    ? node.path("secretName").asText("")
                    : node.path("name").asText(""),
                owner,
                key);
        case "secretKeyRef", "secretRef" ->
            need(ctx, rendered, "Secret", node.path("name").asText(""), owner, key);
        case "persistentVolumeClaim" ->
            need(
                ctx,
                rendered,
                "PersistentVolumeClaim",
                node.path("claimName").asText(""),
                owner,
                key);
        default -> {}
      }
    }
    String sa = node.path("serviceAccountName").asText("");
    if (!sa.isEmpty() && !sa.equals("default") && node.has("containers")) {
      need(ctx, rendered, "ServiceAccount", sa, owner, "serviceAccountName");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      walk(ctx, f.getValue(), owner, rendered, f.getKey());
    }
  }

  private static void need(
      RenderContext ctx,
      Set<String> rendered,
      String kind,
      String name,
      String owner,
      String field) {
    if (name.isEmpty() || rendered.contains(kind + "/" + name)) {
      return;
    }
    ctx.require("v1", kind, name, "referenced by " + field + " in " + owner);
  }
}
