package dev.llmisvc.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One spelling of field paths: parsed, built and printed alike. */
class FieldPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "replicas",
        "template.containers[name=main].image",
        "template.containers[name=main].ports[containerPort=8000].name",
        "router.route.http.spec.rules[0].matches[1]",
        "labels[\"app.kubernetes.io/name\"]",
        "template.containers[name=main].resources.limits[\"nvidia.com/gpu\"]",
        "annotations[\"a\\\"b\"]"
      })
  void canonicalPathsReadBackEqual(String text) {
    FieldPath p = FieldPath.parse(text);
    assertThat(p.toString()).isEqualTo(text);
    assertThat(FieldPath.parse(p.toString())).isEqualTo(p);
  }

  @Test
  void builtAndParsedPathsAreEqual() {
    FieldPath built =
        FieldPath.root().child("template").child("containers").item("name", "main").child("image");
    assertThat(built).isEqualTo(FieldPath.parse("template.containers[name=main].image"));
    assertThat(FieldPath.root().child("limits").child("nvidia.com/gpu").toString())
        .isEqualTo("limits[\"nvidia.com/gpu\"]");
    assertThat(built.inResource()).isEqualTo("spec.template.containers[name=main].image");
    assertThat(FieldPath.root().inResource()).isEqualTo("spec");
  }

  @Test
  void ancestorsContainTheirDescendantsOnly() {
    FieldPath containers = FieldPath.parse("template.containers");
    assertThat(FieldPath.parse("template.containers[name=main].image").isAtOrBelow(containers))
        .isTrue();
    assertThat(FieldPath.parse("template.containersX").isAtOrBelow(containers)).isFalse();
    assertThat(containers.isAtOrBelow(FieldPath.root())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a..b",
        "a.",
        ".a",
        "a[",
        "a[x]",
        "a.b c",
        "a[\"x\"",
        "labels.app.kubernetes.io/name"
      })
  void otherSpellingsAreRejectedWithTheOffset(String text) {
    assertThatThrownBy(() -> FieldPath.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.isEmpty() ? "" : "field path");
  }

  @Test
  void layerIdsPrintAndParseAlike() {
    LayerId id = LayerId.parse("UserRef:team/gpu-profile");
    assertThat(id).isEqualTo(new LayerId(LayerId.Kind.UserRef, "team", "gpu-profile"));
    assertThat(id.toString()).isEqualTo("UserRef:team/gpu-profile");
    assertThatThrownBy(() -> LayerId.parse("Bogus:a/b")).hasMessageContaining("not a layer kind");
    assertThatThrownBy(() -> LayerId.parse("nope")).hasMessageContaining("Kind:namespace/name");
  }
}
