package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A knative condition in {@code status.conditions}. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Condition {
  /**
   * Condition type, e.g. {@code Ready}.
   *
   * @return {@code type}
   */
  public abstract String type();

  /**
   * {@code True}, {@code False} or {@code Unknown}.
   *
   * @return {@code status}
   */
  public abstract String status();

  /**
   * {@code ""} (error) or {@code Info}/{@code Warning}.
   *
   * @return {@code severity}, if set
   */
  public abstract Optional<String> severity();

  /**
   * RFC 3339 time of the last change.
   *
   * @return {@code lastTransitionTime}, if set
   */
  public abstract Optional<String> lastTransitionTime();

  /**
   * One-word reason.
   *
   * @return {@code reason}, if set
   */
  public abstract Optional<String> reason();

  /**
   * Human readable message.
   *
   * @return {@code message}, if set
   */
  public abstract Optional<String> message();

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

  /** Builds {@link Condition}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableCondition.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
