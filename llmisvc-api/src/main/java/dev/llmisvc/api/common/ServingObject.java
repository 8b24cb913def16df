package dev.llmisvc.api.common;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Optional;

/**
 * What every top-level {@code serving.kserve.io} object has, in either version: type metadata,
 * object metadata, a spec and, when read from a server, a status. {@code LLMInferenceService} and
 * {@code LLMInferenceServiceConfig} of v1alpha1 and v1alpha2 implement it, so code that only needs
 * names or metadata (such as the fabric8 adapters) works with all four.
 *
 * <pre>{@code
 * ServingObject<?, ?> object = LLMInferenceService.builder().metadata(m -> m.withName("qwen")).build();
 * object.name(); // Optional[qwen]
 * }</pre>
 *
 * @param <S> the spec type
 * @param <T> the status type
 */
public interface ServingObject<S, T> {
  /**
   * {@code apiVersion}, fixed per type.
   *
   * @return the apiVersion
   */
  String apiVersion();

  /**
   * {@code kind}, fixed per type.
   *
   * @return the kind
   */
  String kind();

  /**
   * Object metadata; anything a server prints is accepted.
   *
   * @return the metadata (empty when none was given)
   */
  Embedded<ObjectMeta> metadata();

  /**
   * The spec (always written, {@code {}} when empty).
   *
   * @return the spec
   */
  S spec();

  /**
   * The status, when read from a server.
   *
   * @return the status, if any
   */
  Optional<T> status();

  /**
   * {@code metadata.name}.
   *
   * @return the name, if set
   */
  default Optional<String> name() {
    return Optional.ofNullable(metadata().get().getName());
  }

  /**
   * {@code metadata.namespace}.
   *
   * @return the namespace, if set
   */
  default Optional<String> namespace() {
    return Optional.ofNullable(metadata().get().getNamespace());
  }

  /**
   * Rejects an object whose {@code apiVersion} or {@code kind} is not the one its type stands for;
   * each implementation calls it from its {@code @Value.Check}.
   *
   * @param object the object being built
   * @param apiVersion the only accepted apiVersion
   * @param kind the only accepted kind
   * @throws UnknownValueException naming the field that differs
   */
  static void requireTypeMeta(ServingObject<?, ?> object, String apiVersion, String kind) {
    if (!apiVersion.equals(object.apiVersion())) {
      throw new UnknownValueException(object.apiVersion(), List.of(apiVersion), "apiVersion");
    }
    if (!kind.equals(object.kind())) {
      throw new UnknownValueException(object.kind(), List.of(kind), "kind");
    }
  }
}
