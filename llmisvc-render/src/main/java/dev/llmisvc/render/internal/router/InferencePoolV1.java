package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.render.internal.Children;
import dev.llmisvc.render.model.gie.v1.InferencePool;
import dev.llmisvc.render.model.gie.v1.InferencePoolSpec;

/**
 * §4.15: InferencePool {@code <n>-inference-pool} in {@code inference.networking.k8s.io/v1}, always
 * rendered with the managed scheduler: scheduler labels and {@code scheduler.pool.spec} verbatim
 * (whose selector composition defaulted to the workload selector).
 */
final class InferencePoolV1 implements RouterStep {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()) {
      return;
    }
    output.add(pool(context));
  }

  static InferencePool pool(RouterContext context) {
    InferencePool pool = new InferencePool();
    pool.setMetadata(
        Children.meta(context.svc(), "-inference-pool", context.schedulerLabels()).build());
    context.poolSpec().ifPresent(spec -> pool.setSpec(convert(context, spec)));
    return pool;
  }

  private static InferencePoolSpec convert(
      RouterContext context, dev.llmisvc.api.v1alpha2.PoolSpec spec) {
    try {
      return MAPPER.treeToValue(LlmisvcMapper.toTree(spec), InferencePoolSpec.class);
    } catch (JsonProcessingException e) {
      throw new RouterRenderException(
          context.ref(), "spec.router.scheduler.pool.spec", e.getOriginalMessage());
    }
  }
}
