package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.FailureMode;
import dev.llmisvc.api.common.NestedEdit;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** The endpoint picker of a GIE v1 pool ({@code endpointPickerRef}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableEndpointPickerRef.class)
@JsonDeserialize(as = ImmutableEndpointPickerRef.class)
public abstract class EndpointPickerRef {
  /**
   * API group (default {@code ""}).
   *
   * @return {@code group}, if set
   */
  public abstract Optional<String> group();

  /**
   * Kind (default {@code Service}).
   *
   * @return {@code kind}, if set
   */
  public abstract Optional<String> kind();

  /**
   * Name (required by the CRD).
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * Port (required when kind is Service).
   *
   * @return {@code port}, if set
   */
  public abstract Optional<PoolPort> port();

  /**
   * Failure mode (default {@code FailClose}).
   *
   * @return {@code failureMode}, if set
   */
  public abstract Optional<FailureMode> failureMode();

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

  /**
   * Builds {@link EndpointPickerRef}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableEndpointPickerRef.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code port} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param port fills the builder
     * @return this builder
     */
    public Builder port(Consumer<PoolPort.Builder> port) {
      return port(
          NestedEdit.model(
              this,
              "port",
              PoolPort.class,
              PoolPort::toBuilder,
              PoolPort::builder,
              port,
              PoolPort.Builder::build));
    }
  }
}
