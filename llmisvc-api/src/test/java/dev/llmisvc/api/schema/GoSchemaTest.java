package dev.llmisvc.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoSchemaTest {
  private final GoSchema schema = GoSchema.kserve();

  @Test
  void workloadFieldsAreFoundThroughTheInlineEmbedding() {
    GoField replicas = schema.spec("v1alpha2").field("replicas").orElseThrow();
    assertThat(replicas.type()).isEqualTo(GoType.parse("*int32"));
    assertThat(replicas.omitEmpty()).isTrue();
    assertThat(replicas.pointer()).isTrue();
  }

  @Test
  void modelIsAlwaysSerialisedButReplicasIsNot() {
    GoStruct spec = schema.spec("v1alpha2");
    assertThat(spec.field("model").orElseThrow().alwaysSerialised()).isTrue();
    assertThat(spec.field("replicas").orElseThrow().alwaysSerialised()).isFalse();
  }

  @Test
  void objectMetaFieldsArePromotedForGoNamesButNotForJson() {
    GoStruct svc = schema.struct("v1alpha2.LLMInferenceService").orElseThrow();
    assertThat(svc.goField("Name")).map(GoField::jsonName).hasValue("name");
    assertThat(svc.goField("APIVersion")).map(GoField::jsonName).hasValue("apiVersion");
    assertThat(svc.field("name")).isEmpty();
    assertThat(svc.field("metadata")).isPresent();
  }

  @Test
  void versionsDifferWhereKServeDiffers() {
    GoStruct v1 = schema.struct("v1alpha1.LLMModelSpec").orElseThrow();
    GoStruct v2 = schema.struct("v1alpha2.LLMModelSpec").orElseThrow();
    assertThat(v1.field("criticality")).isPresent();
    assertThat(v1.field("confidential")).isEmpty();
    assertThat(v2.field("criticality")).isEmpty();
    assertThat(schema.spec("v1alpha1").field("kvCacheOffloading")).isEmpty();
  }

  @Test
  void everyReferencedKServeStructIsDeclared() {
    List<String> missing = new ArrayList<>();
    for (GoStruct s : schema.structs()) {
      for (GoField f : s.fields()) {
        String named = namedOf(f.type());
        if (named != null && isOurs(named) && schema.struct(named).isEmpty()) {
          missing.add(s.name() + "." + f.goName() + " -> " + named);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void aFieldLineOutsideATypeIsRejectedWithItsLine() {
    Map<String, GoStruct> into = new LinkedHashMap<>();
    assertThatThrownBy(
            () ->
                GoSchema.parse(
                    "bad.types", new BufferedReader(new StringReader("  x X string\n")), into))
        .hasMessageContaining("bad.types:1");
  }

  @Test
  void unknownFlagsAreRejected() {
    Map<String, GoStruct> into = new LinkedHashMap<>();
    assertThatThrownBy(
            () ->
                GoSchema.parse(
                    "bad.types",
                    new BufferedReader(new StringReader("type a.B\n  x X string omitempty\n")),
                    into))
        .hasMessageContaining("unknown flag omitempty");
  }

  private static boolean isOurs(String name) {
    return name.startsWith("v1alpha")
        || name.startsWith("gie.")
        || name.startsWith("meta.")
        || name.startsWith("knative.");
  }

  private static String namedOf(GoType t) {
    while (true) {
      if (t instanceof GoType.Pointer p) {
        t = p.element();
      } else if (t instanceof GoType.Slice s) {
        t = s.element();
      } else if (t instanceof GoType.MapOf m) {
        t = m.element();
      } else {
        return t instanceof GoType.Named n ? n.name() : null;
      }
    }
  }
}
