package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import org.immutables.value.Value;

/** A config merged into the effective spec ({@code status.appliedConfigs[]}), in merge order. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableAppliedConfigRef.class)
@JsonDeserialize(as = ImmutableAppliedConfigRef.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class AppliedConfigRef {
  /**
   * Config name.
   *
   * @return {@code name}
   */
  public abstract String name();

  /**
   * Namespace where it was found.
   *
   * @return {@code namespace}
   */
  public abstract String namespace();

  /**
   * {@code Preset} or {@code UserRef}.
   *
   * @return {@code source}
   */
  public abstract ConfigSource source();

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
   * Builds {@link AppliedConfigRef}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableAppliedConfigRef.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
