package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A workload object and its ready replicas. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableObservedWorkloadStatus.class)
@JsonDeserialize(as = ImmutableObservedWorkloadStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ObservedWorkloadStatus {
  /**
   * API group.
   *
   * @return {@code apiGroup}, if set
   */
  public abstract Optional<String> apiGroup();

  /**
   * Kind.
   *
   * @return {@code kind}, if set
   */
  public abstract Optional<String> kind();

  /**
   * Name.
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * Ready replicas.
   *
   * @return {@code readyReplicas}, if set
   */
  public abstract Optional<Integer> readyReplicas();

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
   * Builds {@link ObservedWorkloadStatus}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableObservedWorkloadStatus.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
