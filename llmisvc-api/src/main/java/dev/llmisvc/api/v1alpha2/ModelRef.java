package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import org.immutables.value.Value;

/** A model served at an address. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableModelRef.class)
@JsonDeserialize(as = ImmutableModelRef.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ModelRef {
  /**
   * Model name.
   *
   * @return {@code name}
   */
  public abstract String name();

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

  /** Builds {@link ModelRef}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableModelRef.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
