package dev.llmisvc.render.internal;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The one fabric8 serialization the renderer and its callers share. Jackson builds a serializer per
 * fabric8 type on first use and keeps it in its mapper: each renderer step with a serialization of
 * its own built them again (a cold render built the serializers of every object it wrote twice, one
 * time to find the references it needs, one time to print it). Thread-safe.
 */
public final class Fabric8Json {
  private Fabric8Json() {}

  /**
   * fabric8's default serialization, made on first use.
   *
   * @return the shared serialization
   */
  public static KubernetesSerialization serialization() {
    return Holder.SERIALIZATION;
  }

  private static final class Holder {
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Holder() {}
  }
}
