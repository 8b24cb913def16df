package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** OpenTelemetry tracing ({@code tracing}); present, even as {@code {}}, turns tracing on. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableTracingSpec.class)
@JsonDeserialize(as = ImmutableTracingSpec.class)
public abstract class TracingSpec {
  /**
   * Collector endpoint (runtime default {@code http://otel-collector:4317}).
   *
   * @return {@code exporterEndpoint}, if set
   */
  public abstract Optional<String> exporterEndpoint();

  /**
   * Sampler name (runtime default {@code parentbased_traceidratio}).
   *
   * @return {@code sampler}, if set
   */
  public abstract Optional<String> sampler();

  /**
   * Sampler argument (runtime default {@code 0.05}).
   *
   * @return {@code samplerArg}, if set
   */
  public abstract Optional<String> samplerArg();

  /**
   * Exporter (runtime default {@code otlp}).
   *
   * @return {@code exporter}, if set
   */
  public abstract Optional<String> exporter();

  /**
   * Starts an empty builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this value, to build a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link TracingSpec}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableTracingSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
