package dev.llmisvc.compose;

import dev.llmisvc.api.v1alpha2.AppliedConfigRef;
import dev.llmisvc.api.v1alpha2.ConfigSource;
import java.util.Objects;

/**
 * One layer of a composition: a well-known preset, one of the service's {@code baseRefs}, or the
 * service's own spec. Printed as KServe's messages name them: {@code
 * Preset:kserve/kserve-config-llm-template}, {@code UserRef:team/gpu-profile}, {@code
 * LLMInferenceService:team/llama}.
 *
 * @param kind what the layer is
 * @param namespace where it was found
 * @param name its name
 */
public record LayerId(Kind kind, String namespace, String name) {
  /** What a layer is. */
  public enum Kind {
    /** A well-known config chosen by the spec's shape. */
    Preset,
    /** A config the service names in {@code baseRefs}. */
    UserRef,
    /** The service's own spec, the last layer. */
    LLMInferenceService
  }

  /** Rejects nulls. */
  public LayerId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /**
   * The layer of an applied config.
   *
   * @param ref an entry of {@code status.appliedConfigs}
   * @return a Preset or UserRef layer
   */
  public static LayerId of(AppliedConfigRef ref) {
    return new LayerId(
        ref.source() == ConfigSource.PRESET ? Kind.Preset : Kind.UserRef,
        ref.namespace(),
        ref.name());
  }

  /**
   * The service's own layer.
   *
   * @param namespace its namespace
   * @param name its name
   * @return the layer
   */
  public static LayerId service(String namespace, String name) {
    return new LayerId(Kind.LLMInferenceService, namespace, name);
  }

  /**
   * Reads the printed form.
   *
   * @param text {@code Kind:namespace/name}
   * @return the layer
   * @throws IllegalArgumentException when {@code text} is not in that form
   */
  public static LayerId parse(String text) {
    int colon = text.indexOf(':');
    int slash = text.indexOf('/', colon + 1);
    if (colon < 0 || slash < 0) {
      throw new IllegalArgumentException(
          "not a layer id: \"" + text + "\" (expected Kind:namespace/name)");
    }
    Kind kind;
    try {
      kind = Kind.valueOf(text.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a layer kind: \""
              + text.substring(0, colon)
              + "\" (expected Preset, UserRef or LLMInferenceService)",
          e);
    }
    return new LayerId(kind, text.substring(colon + 1, slash), text.substring(slash + 1));
  }

  /**
   * The printed form.
   *
   * @return {@code Kind:namespace/name}
   */
  @Override
  public String toString() {
    return kind + ":" + namespace + "/" + name;
  }
}
