package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.FailureMode;
import java.util.Optional;
import org.immutables.value.Value;

/** The endpoint picker of a GIE v1alpha2 pool ({@code extensionRef}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutablePoolExtension.class)
@JsonDeserialize(as = ImmutablePoolExtension.class)
public abstract class PoolExtension {
  /**
   * API group.
   *
   * @return {@code group}, if set
   */
  public abstract Optional<String> group();

  /**
   * Kind.
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
   * Port (1..65535).
   *
   * @return {@code portNumber}, if set
   */
  public abstract Optional<Integer> portNumber();

  /**
   * Failure mode (required by the CRD, no default).
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
   * Builds {@link PoolExtension}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutablePoolExtension.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
