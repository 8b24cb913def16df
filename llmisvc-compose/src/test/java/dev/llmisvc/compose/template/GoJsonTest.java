package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmisvc.api.schema.GoSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The text GoJson writes and the field path it reports for every offset of it, as recorded from the
 * implementation that built every path eagerly.
 */
class GoJsonTest {
  private static final String CONFIG =
      """
      {"zzUnknown": {"b": 1, "a": [null, "x"]},
       "metadata": {"name": "n<>&", "labels": {"b.c": "v\\u2028", "a": "w", "x\\"y": "\\ud83d\\ude00"},
                    "annotations": {"k": null}},
       "spec": {"model": {"uri": "hf://m", "name": null},
                "template": {"containers": [
                   {"name": "main", "args": ["p", "{{ .x }}", "\\u0001\\t\\ud800"],
                    "resources": {"limits": {"cpu": 1.5, "memory": "1024Mi", "nvidia.com/gpu": 2}},
                    "odd key": {"q": [1, 2.5, true]}}]},
                "replicas": 3}}
      """;

  @Test
  void textAndPathsAreStable() throws Exception {
    JsonNode node = new ObjectMapper().readTree(CONFIG);
    GoJson.Text json =
        GoJson.write(node, GoSchema.kserve().struct("v1alpha2.LLMInferenceServiceConfig"));
    String text = json.text();
    List<String> paths = new ArrayList<>();
    Optional<String> last = Optional.empty();
    for (int i = 0; i <= text.length(); i++) {
      Optional<String> p = json.pathAt(i);
      if (!p.equals(last)) {
        paths.add(i + ":" + p.orElse("-"));
        last = p;
      }
    }
    assertThat(text).isEqualTo(EXPECTED_TEXT);
    assertThat(String.join(" | ", paths)).isEqualTo(EXPECTED_PATHS);
    assertThat(GoJson.compact(node)).isEqualTo(EXPECTED_COMPACT);
  }

  private static final String EXPECTED_TEXT =
      "{\"metadata\":{\"name\":\"n\\u003c\\u003e\\u0026\",\"labels\":{\"a\":\"w\",\"b.c"
          + "\":\"v\\u2028\",\"x\\\"y\":\"\ud83d\ude00\"},\"annotations\":{}},\"spec\":{\"mod"
          + "el\":{\"uri\":\"hf://m\"},\"replicas\":3,\"template\":{\"containers\":[{\"name\""
          + ":\"main\",\"args\":[\"p\",\"{{ .x }}\",\"\\u0001\\t\\ufffd\"],\"resources\":{\"l"
          + "imits\":{\"cpu\":\"1500m\",\"memory\":\"1Gi\",\"nvidia.com/gpu\":\"2\"}},\"odd k"
          + "ey\":{\"q\":[1,2.5,true]}}]}},\"zzUnknown\":{\"b\":1,\"a\":[null,\"x\"]}}";
  private static final String EXPECTED_PATHS =
      "21:metadata.name | 41:- | 53:metadata.labels.a (key) | 55:- | 57:metadata.labels"
          + ".a | 59:- | 61:metadata.labels[\"b.c\"] (key) | 65:- | 67:metadata.labels[\"b.c"
          + "\"] | 75:- | 77:metadata.labels[\"x\\\"y\"] (key) | 82:- | 84:metadata.labels[\""
          + "x\\\"y\"] | 87:- | 131:spec.model.uri | 138:- | 188:spec.template.containers[0]."
          + "name | 193:- | 203:spec.template.containers[0].args[0] | 205:- | 207:spec.templa"
          + "te.containers[0].args[1] | 216:- | 218:spec.template.containers[0].args[2] | 233"
          + ":- | 259:spec.template.containers[0].resources.limits.cpu (key) | 263:- | 265:sp"
          + "ec.template.containers[0].resources.limits.cpu | 271:- | 273:spec.template.conta"
          + "iners[0].resources.limits.memory (key) | 280:- | 282:spec.template.containers[0]"
          + ".resources.limits.memory | 286:- | 288:spec.template.containers[0].resources.lim"
          + "its[\"nvidia.com/gpu\"] (key) | 303:- | 305:spec.template.containers[0].resource"
          + "s.limits[\"nvidia.com/gpu\"] | 307:- | 373:zzUnknown.a[1] | 375:-";
  private static final String EXPECTED_COMPACT =
      "{\"zzUnknown\":{\"b\":1,\"a\":[null,\"x\"]},\"metadata\":{\"name\":\"n\\u003c"
          + "\\u003e\\u0026\",\"labels\":{\"b.c\":\"v\\u2028\",\"a\":\"w\",\"x\\\"y\":\""
          + "\ud83d\ude00\"},\"annotations\":{}},\"spec\":{\"model\":{\"uri\":\"hf://m\"},\"t"
          + "emplate\":{\"containers\":[{\"name\":\"main\",\"args\":[\"p\",\"{{ .x }}\",\""
          + "\\u0001\\t\\ufffd\"],\"resources\":{\"limits\":{\"cpu\":1.5,\"memory\":\"1024Mi"
          + "\",\"nvidia.com/gpu\":2}},\"odd key\":{\"q\":[1,2.5,true]}}]},\"replicas\":3}}";
}
