package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Map;
import org.immutables.value.Value;

/** GIE v1 pool selector. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutablePoolSelector.class)
@JsonDeserialize(as = ImmutablePoolSelector.class)
public abstract class PoolSelector {
  /**
   * Labels of the model server pods.
   *
   * @return the entries of {@code matchLabels}; empty when absent
   */
  public abstract Map<String, String> matchLabels();

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

  /** Builds {@link PoolSelector}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutablePoolSelector.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
