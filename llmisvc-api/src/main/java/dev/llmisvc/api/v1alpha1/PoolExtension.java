package dev.llmisvc.api.v1alpha1;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.*;
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
   * @return the value, if set of {@code group}
   */
  public abstract Optional<String> group();

  /**
   * Kind.
   *
   * @return the value, if set of {@code kind}
   */
  public abstract Optional<String> kind();

  /**
   * Name (required by the CRD).
   *
   * @return the value, if set of {@code name}
   */
  public abstract Optional<String> name();

  /**
   * Port (1..65535).
   *
   * @return the value, if set of {@code portNumber}
   */
  public abstract Optional<Integer> portNumber();

  /**
   * Failure mode (required by the CRD, no default).
   *
   * @return the value, if set of {@code failureMode}
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
