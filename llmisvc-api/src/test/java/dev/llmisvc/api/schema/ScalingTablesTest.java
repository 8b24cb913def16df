package dev.llmisvc.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KEDA and autoscaling/v2 tables behind {@code scaling}. */
class ScalingTablesTest {
  private final GoSchema schema = GoSchema.kserve();

  @Test
  void everyStructTheScalingTablesReferToIsDeclared() {
    List<String> missing = new ArrayList<>();
    for (GoStruct s : schema.structs()) {
      if (!s.name().startsWith("keda.") && !s.name().startsWith("autoscaling.")) {
        continue;
      }
      for (GoField f : s.fields()) {
        GoType t = f.type().dereferenced();
        while (t instanceof GoType.Slice
            || t instanceof GoType.MapOf
            || t instanceof GoType.Pointer) {
          t =
              t instanceof GoType.Slice sl
                  ? sl.element()
                  : t instanceof GoType.MapOf m ? m.element() : ((GoType.Pointer) t).element();
        }
        if (t instanceof GoType.Named n && schema.struct(n.name()).isEmpty()) {
          missing.add(s.name() + "." + f.goName() + " -> " + n.name());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void scalingModifiersIsAValueSoGoAlwaysWritesIt() {
    GoField modifiers =
        schema.struct("keda.AdvancedConfig").orElseThrow().field("scalingModifiers").orElseThrow();
    assertThat(modifiers.pointer()).isFalse();
  }

  @Test
  void hpaBehaviorUsesTheAutoscalingV2JsonNames() {
    GoStruct behavior = schema.struct("autoscaling.HorizontalPodAutoscalerBehavior").orElseThrow();
    assertThat(behavior.jsonFields().stream().map(GoField::jsonName))
        .containsExactly("scaleUp", "scaleDown");
    GoStruct rules = schema.struct("autoscaling.HPAScalingRules").orElseThrow();
    assertThat(rules.jsonFields().stream().map(GoField::jsonName))
        .containsExactly("stabilizationWindowSeconds", "selectPolicy", "policies", "tolerance");
  }
}
