package dev.llmisvc.render.internal.workload;

import io.fabric8.kubernetes.api.model.Secret;

/** Placeholder until the certificate generator lands. */
final class SelfSignedSecret {
  private SelfSignedSecret() {}

  static Secret create(RenderContext ctx) {
    throw ctx.fail("settings.generateTls", "TLS generation is not implemented yet");
  }
}
