package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.validation.ManagedDraAnnotations;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.resource.v1.CELDeviceSelectorBuilder;
import io.fabric8.kubernetes.api.model.resource.v1.DeviceSelector;
import io.fabric8.kubernetes.api.model.resource.v1.DeviceSelectorBuilder;
import io.fabric8.kubernetes.api.model.resource.v1.ExactDeviceRequestBuilder;
import io.fabric8.kubernetes.api.model.resource.v1.ResourceClaimTemplateBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * ResourceClaimTemplate {@code <n>-managed-dra} (rendering.md §4.2), when the service carries
 * {@code serving.kserve.io/exp-dra-device-class}: one request {@code device} for exactly that
 * device class, with a count only above 1 and one CEL selector per non-empty line of {@code
 * exp-dra-cel-selector}. No labels. The pods' claims were injected while composing (§5.6).
 */
final class ManagedDraTemplate implements WorkloadStep {
  static final String CLASS = "serving.kserve.io/exp-dra-device-class";
  static final String COUNT = "serving.kserve.io/exp-dra-device-count";
  static final String SELECTOR = "serving.kserve.io/exp-dra-cel-selector";

  @Override
  public String name() {
    return "managed-dra";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    String deviceClass = ctx.serviceAnnotations().get(CLASS);
    if (deviceClass == null) {
      return;
    }
    ExactDeviceRequestBuilder exactly =
        new ExactDeviceRequestBuilder().withDeviceClassName(deviceClass.trim());
    String countText = ctx.serviceAnnotations().get(COUNT);
    if (countText != null && !countText.isBlank()) {
      long count;
      try {
        count = ManagedDraAnnotations.deviceCount(countText);
      } catch (IllegalArgumentException e) {
        throw ctx.fail("metadata.annotations[" + COUNT + "]", e.getMessage());
      }
      if (count > 1) {
        exactly.withCount(count);
      }
    }
    List<DeviceSelector> selectors = new ArrayList<>();
    for (String expression :
        ManagedDraAnnotations.celSelectors(ctx.serviceAnnotations().getOrDefault(SELECTOR, ""))) {
      selectors.add(
          new DeviceSelectorBuilder()
              .withCel(new CELDeviceSelectorBuilder().withExpression(expression).build())
              .build());
    }
    if (!selectors.isEmpty()) {
      exactly.withSelectors(selectors);
    }
    out.add(
        new ResourceClaimTemplateBuilder()
            .withMetadata(
                new ObjectMetaBuilder()
                    .withName(Children.name(ctx.svc(), "-managed-dra"))
                    .withNamespace(ctx.namespace())
                    .withOwnerReferences(Children.owner(ctx.svc()))
                    .build())
            .withNewSpec()
            .withNewSpec()
            .withNewDevices()
            .addNewRequest()
            .withName("device")
            .withExactly(exactly.build())
            .endRequest()
            .endDevices()
            .endSpec()
            .endSpec()
            .build());
  }
}
