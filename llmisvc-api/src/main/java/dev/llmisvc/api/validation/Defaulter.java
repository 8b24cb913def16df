package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * KServe's mutating webhook defaults (docs §5.1, {@code LLMInferenceService.SetDefaults}) as a pure
 * function of the resource tree. The local-model-cache labelling that follows it in KServe depends
 * on the cluster and is not done here.
 *
 * <pre>{@code
 * ObjectNode defaulted = Defaulter.applyWebhookDefaults(service); // input untouched
 * }</pre>
 */
public final class Defaulter {
  /** The label that mirrors {@code spec.router.route.group}. */
  public static final String ROUTING_GROUP_LABEL = "serving.kserve.io/routing-group";

  /**
   * The pod specs, as paths under {@code spec}, whose nil {@code containers} KServe's {@code
   * LLMInferenceServiceSpec.SetDefaults} turns into {@code []}; {@code
   * router.scheduler.tokenizer.template} is not among them. The merge engine applies the same
   * defaults to every layer it merges.
   */
  public static final List<List<String>> CONTAINER_DEFAULTED_POD_SPECS =
      List.of(
          List.of("template"),
          List.of("worker"),
          List.of("prefill", "template"),
          List.of("prefill", "worker"),
          List.of("router", "scheduler", "template"));

  /** {@link #CONTAINER_DEFAULTED_POD_SPECS} as key arrays, for the validator's walk. */
  private static final List<String[]> POD_SPEC_PATHS =
      CONTAINER_DEFAULTED_POD_SPECS.stream().map(p -> p.toArray(String[]::new)).toList();

  private Defaulter() {}

  /**
   * A copy of the resource with KServe's webhook defaults applied:
   *
   * <ol>
   *   <li>{@code spec.model.name} set to {@code metadata.name} when absent, null or {@code ""};
   *   <li>{@code metadata.labels} present (possibly empty);
   *   <li>label {@value #ROUTING_GROUP_LABEL} set to {@code spec.router.route.group}, or removed
   *       when there is no group;
   *   <li>{@code containers: []} in {@code template}, {@code worker}, {@code prefill.template},
   *       {@code prefill.worker} and {@code router.scheduler.template} when the pod spec is present
   *       without containers, so a merge cannot wipe a base's containers with null.
   * </ol>
   *
   * Works on either version (the fields are the same); KServe converts v1alpha1 to v1alpha2 and
   * back around the same code.
   */
  public static ObjectNode applyWebhookDefaults(ObjectNode resource) {
    ObjectNode out = resource.deepCopy();
    ObjectNode metadata = object(out, "metadata");
    ObjectNode spec = object(out, "spec");
    ObjectNode model = object(spec, "model");
    if (Tree.text(model, "name").isEmpty()) {
      model.put("name", Tree.text(metadata, "name"));
    }
    ObjectNode labels = object(metadata, "labels");
    JsonNode group = Tree.at(spec, "router", "route", "group");
    if (group.isMissingNode()) {
      labels.remove(ROUTING_GROUP_LABEL);
    } else {
      labels.put(ROUTING_GROUP_LABEL, group.asText());
    }
    for (List<String> path : CONTAINER_DEFAULTED_POD_SPECS) {
      JsonNode pod = Tree.at(spec, path.toArray(String[]::new));
      if (pod instanceof ObjectNode p && Tree.at(p, "containers").isMissingNode()) {
        p.putArray("containers");
      }
    }
    return out;
  }

  /**
   * The same defaults as {@link #applyWebhookDefaults(ObjectNode)}, in the same order, applied
   * through {@code tree}: an object is copied only when a default changes something in it or below
   * it, and the rest stays shared with the caller's tree. The result is for reading only (the
   * validator's own use); it equals what {@link #applyWebhookDefaults(ObjectNode)} returns, keys in
   * the same order.
   */
  static void applyWebhookDefaults(CopyOnWrite tree) {
    // Each step reads the tree as the steps before left it, and writes (creating objects where
    // the copying version creates them) only when the value changes. A value of another JSON
    // type where an object belongs is "detached" there: writes below it are lost, as they are
    // into the detached object of object(...).
    JsonNode metadata = ensureObject(tree, "metadata");
    JsonNode spec = ensureObject(tree, "spec");
    JsonNode model = spec == null ? null : ensureObject(tree, "spec", "model");
    if (Tree.text(model == null ? MissingNode.getInstance() : model, "name").isEmpty()
        && model != null) {
      tree.writable("spec", "model")
          .put("name", Tree.text(metadata == null ? MissingNode.getInstance() : metadata, "name"));
    }
    JsonNode labels = metadata == null ? null : ensureObject(tree, "metadata", "labels");
    JsonNode group =
        spec == null
            ? MissingNode.getInstance()
            : Tree.at(tree.root().get("spec"), "router", "route", "group");
    if (labels != null) {
      if (group.isMissingNode()) {
        if (labels.has(ROUTING_GROUP_LABEL)) {
          tree.writable("metadata", "labels").remove(ROUTING_GROUP_LABEL);
        }
      } else {
        JsonNode current = labels.get(ROUTING_GROUP_LABEL);
        if (current == null || !current.isTextual() || !current.asText().equals(group.asText())) {
          tree.writable("metadata", "labels").put(ROUTING_GROUP_LABEL, group.asText());
        }
      }
    }
    if (spec == null) {
      return;
    }
    for (String[] path : POD_SPEC_PATHS) {
      JsonNode pod = Tree.at(tree.root().get("spec"), path);
      if (pod instanceof ObjectNode && Tree.at(pod, "containers").isMissingNode()) {
        String[] full = new String[path.length + 1];
        full[0] = "spec";
        System.arraycopy(path, 0, full, 1, path.length);
        tree.writable(full).putArray("containers");
      }
    }
  }

  /**
   * The object at {@code path} in the current tree, created (through {@code tree}) when absent or
   * null; null when the path holds another JSON type, where {@link #object} would hand out a
   * detached object. The parent of the last key must be an object of the tree.
   */
  private static JsonNode ensureObject(CopyOnWrite tree, String... path) {
    JsonNode parent = tree.root();
    for (int i = 0; i < path.length - 1; i++) {
      parent = parent.get(path[i]);
    }
    JsonNode n = parent.get(path[path.length - 1]);
    if (n instanceof ObjectNode) {
      return n;
    }
    if (n == null || n.isNull()) {
      return tree.writable(path);
    }
    return null;
  }

  /**
   * The object under {@code key}, created when absent or null; a value of another JSON type is left
   * for validation to report (the returned object is then detached).
   */
  private static ObjectNode object(ObjectNode parent, String key) {
    JsonNode n = parent.get(key);
    if (n instanceof ObjectNode o) {
      return o;
    }
    if (n == null || n.isNull()) {
      return parent.putObject(key);
    }
    return parent.objectNode();
  }
}
