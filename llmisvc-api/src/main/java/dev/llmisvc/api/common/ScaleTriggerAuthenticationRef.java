package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** KEDA trigger {@code authenticationRef}. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableScaleTriggerAuthenticationRef.class)
@JsonDeserialize(as = ImmutableScaleTriggerAuthenticationRef.class)
public abstract class ScaleTriggerAuthenticationRef {
  /**
   * TriggerAuthentication name.
   *
   * @return {@code name}
   */
  public abstract String name();

  /**
   * {@code TriggerAuthentication} or {@code ClusterTriggerAuthentication}.
   *
   * @return {@code kind}, if set
   */
  public abstract Optional<String> kind();

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
   * Builds {@link ScaleTriggerAuthenticationRef}; nested values can be given as lambdas over their
   * own builders.
   */
  public static final class Builder extends ImmutableScaleTriggerAuthenticationRef.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
