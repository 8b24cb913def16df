package dev.llmisvc.render.internal.router;

import dev.llmisvc.api.common.Embedded;
import dev.llmisvc.api.common.TokenizerSpec;
import dev.llmisvc.api.v1alpha2.SchedulerSpec;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * §4.12: the tokenizer Deployment {@code <n>-tokenizer}, one replica running {@code
 * scheduler.tokenizer.template}, with the workload side's model-artifact step applied to it (model
 * path {@code /mnt/models/base}). Labels = selector = pod labels = component {@code tokenizer}.
 */
final class TokenizerDeployment implements RouterStep {
  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.tokenizerEnabled()) {
      return;
    }
    PodSpec pod =
        context
            .scheduler()
            .flatMap(SchedulerSpec::tokenizer)
            .flatMap(TokenizerSpec::template)
            .map(Embedded::get)
            .orElseGet(PodSpec::new);
    pod = context.tokenizerModelArtifacts().apply(pod);
    Map<String, String> labels = tokenizerLabels(context);
    output.add(
        new DeploymentBuilder()
            .withMetadata(Children.meta(context.svc(), "-tokenizer", labels).build())
            .withNewSpec()
            .withReplicas(1)
            .withNewSelector()
            .withMatchLabels(new LinkedHashMap<>(labels))
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .withLabels(new LinkedHashMap<>(labels))
            .endMetadata()
            .withSpec(pod)
            .endTemplate()
            .endSpec()
            .build());
  }

  static Map<String, String> tokenizerLabels(RouterContext context) {
    return Children.labels(context.svc(), RouterComponents.TOKENIZER);
  }
}
