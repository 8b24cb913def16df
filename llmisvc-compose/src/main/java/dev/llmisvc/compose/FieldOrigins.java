package dev.llmisvc.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.GoQuote;
import dev.llmisvc.compose.internal.postmerge.PostMergeSteps;
import dev.llmisvc.compose.merge.SpecLeaves;
import dev.llmisvc.compose.template.TemplateException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the composer keeps {@link FieldOrigin}s up to date while the post-merge steps run, and how it
 * names the config behind a template error. Paths are the provenance paths of {@link SpecLeaves}
 * ({@code template.containers[name=main].image}); the template package names places by position
 * ({@code template.containers[0].image}), and {@link #indexPath} translates.
 */
final class FieldOrigins {
  /** Keys the template package writes bare in field paths; compiled once, it runs per segment. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private FieldOrigins() {}

  /**
   * The template error's message with the layer that wrote the failing string after the field
   * ({@code config "llama", field spec.template.containers[0].args[0] (from UserRef:kserve/expert):
   * failed to merge config: ...}): the config being rendered is the merged one, named after the
   * service, so without this the message does not say which config holds the expression.
   */
  static String withLayer(
      TemplateException e, ObjectNode config, Map<String, FieldOrigin> origins) {
    String message = e.getMessage();
    Optional<String> field = e.fieldPath();
    if (field.isEmpty() || !field.get().startsWith("spec")) {
      return message;
    }
    String head = "config " + GoQuote.quote(e.configName()) + ", field " + field.get();
    if (!message.startsWith(head)) {
      return message;
    }
    String best = null;
    String bestLayer = null;
    for (Map.Entry<String, FieldOrigin> entry : origins.entrySet()) {
      Optional<String> layer = entry.getValue().layer().map(LayerId::toString);
      Optional<String> at = indexPath(config.path("spec"), entry.getKey());
      if (layer.isEmpty() || at.isEmpty()) {
        continue;
      }
      String path = at.get().isEmpty() ? "spec" : "spec." + at.get();
      boolean covers =
          field.get().equals(path)
              || (field.get().startsWith(path)
                  && (field.get().charAt(path.length()) == '.'
                      || field.get().charAt(path.length()) == '['));
      if (covers && (best == null || path.length() > best.length())) {
        best = path;
        bestLayer = layer.get();
      }
    }
    if (bestLayer == null) {
      return message;
    }
    return head + " (from " + bestLayer + ")" + message.substring(head.length());
  }

  /**
   * A provenance path ({@code template.containers[name=main].args}) as the template package names
   * the same place ({@code template.containers[0].args}): keyed items become their index in {@code
   * spec}, keys that are not identifiers are written {@code ["a.b/c"]}. Empty when the path does
   * not lead anywhere in {@code spec}.
   */
  static Optional<String> indexPath(JsonNode spec, String path) {
    StringBuilder out = new StringBuilder();
    JsonNode node = spec;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      String key;
      if (c == '.') {
        i++;
        continue;
      } else if (path.startsWith("[\"", i)) {
        StringBuilder k = new StringBuilder();
        int j = i + 2;
        while (j < path.length() && path.charAt(j) != '"') {
          if (path.charAt(j) == '\\' && j + 1 < path.length()) {
            j++;
          }
          k.append(path.charAt(j++));
        }
        key = k.toString();
        i = j + 2; // past "]
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        int eq = path.indexOf('=', i);
        if (close < 0 || eq < 0 || eq > close || !node.isArray()) {
          return Optional.empty();
        }
        String field = path.substring(i + 1, eq);
        String value = path.substring(eq + 1, close);
        int index = -1;
        for (int n = 0; n < node.size(); n++) {
          JsonNode item = node.get(n).get(field);
          if (item != null
              && (item.isValueNode() ? item.asText() : item.toString()).equals(value)) {
            index = n;
            break;
          }
        }
        if (index < 0) {
          return Optional.empty();
        }
        out.append('[').append(index).append(']');
        node = node.get(index);
        i = close + 1;
        continue;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        key = path.substring(i, end);
        i = end;
      }
      if (!node.has(key)) {
        return Optional.empty();
      }
      node = node.get(key);
      if (PLAIN_KEY.matcher(key).matches()) {
        out.append(out.isEmpty() ? "" : ".").append(key);
      } else {
        out.append('[').append(GoQuote.quote(key)).append(']');
      }
    }
    return Optional.of(out.toString());
  }

  /**
   * Marks the leaves template substitution changed as templated, keeping their layer. A leaf is
   * followed by its position (field names and list indexes, which rendering does not change), not
   * by its provenance path: a rendered merge key ({@code volumes[name={{ .ObjectMeta.Name
   * }}-cache]}) changes the path of every leaf of its item.
   */
  static void attributeTemplated(
      Map<String, JsonNode> before,
      JsonNode beforeSpec,
      JsonNode afterSpec,
      Map<String, FieldOrigin> origins) {
    Map<String, JsonNode> after = SpecLeaves.of(afterSpec);
    if (after.size() == before.size()) {
      // Rendering changes string contents, not the document's shape, so the leaves of both trees
      // correspond one to one in document order; no path needs resolving.
      Map<String, FieldOrigin> rendered = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> was = before.entrySet().iterator();
      for (Map.Entry<String, JsonNode> leaf : after.entrySet()) {
        Map.Entry<String, JsonNode> old = was.next();
        record(rendered, origins, old.getKey(), old.getValue(), leaf.getKey(), leaf.getValue());
      }
      origins.keySet().removeAll(before.keySet());
      origins.putAll(rendered);
      return;
    }
    Map<String, String> byPosition = new LinkedHashMap<>();
    before.keySet().forEach(p -> indexPath(beforeSpec, p).ifPresent(i -> byPosition.put(i, p)));
    Map<String, FieldOrigin> rendered = new LinkedHashMap<>();
    after.forEach(
        (path, value) -> {
          String was = indexPath(afterSpec, path).map(byPosition::get).orElse(path);
          record(rendered, origins, was, before.get(was), path, value);
        });
    origins.keySet().removeAll(before.keySet());
    origins.putAll(rendered);
  }

  /** The origin of one rendered leaf, which was {@code was} (with {@code wasValue}) before. */
  private static void record(
      Map<String, FieldOrigin> rendered,
      Map<String, FieldOrigin> origins,
      String was,
      JsonNode wasValue,
      String path,
      JsonNode value) {
    FieldOrigin origin = origins.get(was);
    boolean changed = !was.equals(path) || !Objects.equals(wasValue, value);
    if (origin == null && changed) {
      rendered.put(path, FieldOrigin.postMerge(PostMergeSteps.TEMPLATE_SUBSTITUTION));
    } else if (origin != null) {
      rendered.put(path, changed ? origin.asTemplated() : origin);
    }
  }

  /** Records which leaves a post-merge step created, changed or removed. */
  static void attribute(
      String step,
      Map<String, JsonNode> before,
      Map<String, JsonNode> after,
      Map<String, FieldOrigin> origins) {
    before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(origins::remove);
    after.forEach(
        (path, value) -> {
          JsonNode old = before.get(path);
          if (Objects.equals(old, value)) {
            return;
          }
          FieldOrigin was = origins.get(path);
          if (was == null) {
            origins.put(path, FieldOrigin.postMerge(step));
          } else {
            origins.put(path, was.changedBy(step));
          }
        });
  }
}
