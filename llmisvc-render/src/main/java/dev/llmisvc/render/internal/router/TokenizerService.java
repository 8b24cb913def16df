package dev.llmisvc.render.internal.router;

import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;

/**
 * §4.12: the tokenizer Service {@code <n>-tokenizer}: port {@code render-http} 8000 to the
 * container port of that name; selector the tokenizer labels.
 */
final class TokenizerService implements RouterStep {
  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.tokenizerEnabled()) {
      return;
    }
    output.add(
        new ServiceBuilder()
            .withMetadata(
                Children.meta(
                        context.svc(), "-tokenizer", TokenizerDeployment.tokenizerLabels(context))
                    .build())
            .withNewSpec()
            .withSelector(TokenizerDeployment.tokenizerLabels(context))
            .addNewPort()
            .withName("render-http")
            .withPort(8000)
            .withTargetPort(new IntOrString("render-http"))
            .withProtocol("TCP")
            .endPort()
            .endSpec()
            .build());
  }
}
