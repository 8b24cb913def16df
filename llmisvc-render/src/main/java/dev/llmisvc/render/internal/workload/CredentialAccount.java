package dev.llmisvc.render.internal.workload;

import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The ServiceAccount KServe hands to the credential builder for a workload: a named one (read from
 * the cluster), the generated one (which carries {@code default}'s Secrets and always exists, as
 * KServe passes the expected object), or none, in which case KServe reads {@code default} and skips
 * credentials when it is missing.
 *
 * @param name the named account; empty for generated or none
 * @param generated whether the workload runs as a generated account
 */
record CredentialAccount(Optional<String> name, boolean generated) {
  static CredentialAccount none() {
    return new CredentialAccount(Optional.empty(), false);
  }

  static CredentialAccount named(String name) {
    return new CredentialAccount(Optional.of(name), false);
  }

  static CredentialAccount generatedAccount() {
    return new CredentialAccount(Optional.empty(), true);
  }

  /** The chosen account: generated when it is the generated name, else named. */
  static CredentialAccount of(String chosen, String generatedName) {
    return chosen.equals(generatedName) ? generatedAccount() : named(chosen);
  }

  /** The account object the credential builder sees; empty only when KServe would skip it. */
  Optional<ServiceAccount> resolve(RenderContext ctx) {
    if (generated) {
      ServiceAccountBuilder b =
          new ServiceAccountBuilder()
              .withNewMetadata()
              .withName("generated")
              .withNamespace(ctx.namespace())
              .endMetadata();
      ctx.facts()
          .serviceAccount(ctx.namespace(), "default")
          .ifPresent(
              d -> {
                if (d.getSecrets() != null) {
                  b.withSecrets(new ArrayList<>(d.getSecrets()));
                }
              });
      return Optional.of(b.build());
    }
    return ctx.facts().serviceAccount(ctx.namespace(), name.orElse("default"));
  }
}
