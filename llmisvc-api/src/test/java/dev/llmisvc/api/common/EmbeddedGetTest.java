package dev.llmisvc.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/**
 * An embedded value read from a document (checked strictly on the way in) is the value of its tree:
 * equal to the same tree frozen directly, with an equal {@link Embedded#get()}, for every field of
 * the fabric8 types the API embeds. A value built from a bean that carries extra fields keeps them.
 */
class EmbeddedGetTest {
  @Test
  void aCheckedTreeGetsTheSameValueAsAnUncheckedOne() throws Exception {
    ObjectMapper eager = new ObjectMapper();
    for (Class<?> type :
        new Class<?>[] {PodSpec.class, PersistentVolumeClaimSpec.class, HTTPRouteSpec.class}) {
      JsonNode full = LazyPropertiesTest.fill(eager, eager.constructType(type), 0, new HashSet<>());
      Embedded<?> read = read(full, type);
      Embedded<?> frozen = Embedded.ofTree(type, full);
      assertThat(read).isEqualTo(frozen);
      assertThat(read.get()).isEqualTo(frozen.get()).isNotSameAs(read.get());
      assertThat(Embedded.of(read.get())).isEqualTo(read);
    }
  }

  @Test
  void aBuiltValueWithExtraFieldsKeepsThem() {
    PodSpec spec = new PodSpec();
    spec.setAdditionalProperty("futureField", "kept");
    Embedded<PodSpec> built = Embedded.of(spec);
    assertThat(built.tree().path("futureField").asText()).isEqualTo("kept");
    assertThat(built.get().getAdditionalProperties()).containsEntry("futureField", "kept");
  }

  private static Embedded<?> read(JsonNode tree, Class<?> type) throws Exception {
    ObjectMapper mapper = LlmisvcMapper.json();
    JsonNode holder = mapper.createObjectNode().set("value", tree);
    return switch (type.getSimpleName()) {
      case "PodSpec" -> mapper.convertValue(holder, new TypeReference<Holder<PodSpec>>() {}).value;
      case "PersistentVolumeClaimSpec" ->
          mapper.convertValue(holder, new TypeReference<Holder<PersistentVolumeClaimSpec>>() {})
              .value;
      default -> mapper.convertValue(holder, new TypeReference<Holder<HTTPRouteSpec>>() {}).value;
    };
  }

  /** A bean holding one embedded value, as the API's models hold them. */
  static final class Holder<T> {
    public Embedded<T> value;
  }
}
