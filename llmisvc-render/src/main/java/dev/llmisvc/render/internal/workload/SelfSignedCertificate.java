package dev.llmisvc.render.internal.workload;

import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * Secret {@code <n>-kserve-self-signed-certs} (rendering.md §4.1). KServe always creates it; its
 * content depends on the clock and a fresh key, so by default the renderer lists it as required
 * instead, and generates it only when {@code RenderSettings.generateTls()} asks (see {@link
 * SelfSignedSecret}).
 */
final class SelfSignedCertificate implements WorkloadStep {
  static final String SUFFIX = "-kserve-self-signed-certs";

  @Override
  public String name() {
    return "self-signed-certificate";
  }

  @Override
  public void render(RenderContext ctx, List<HasMetadata> out) {
    if (ctx.settings().generateTls()) {
      out.add(SelfSignedSecret.create(ctx));
      return;
    }
    ctx.require(
        "v1",
        "Secret",
        Children.name(ctx.svc(), SUFFIX),
        "TLS certificate mounted as volume tls-certs (KServe creates it; not generated because"
            + " RenderSettings.generateTls() is false)");
  }
}
