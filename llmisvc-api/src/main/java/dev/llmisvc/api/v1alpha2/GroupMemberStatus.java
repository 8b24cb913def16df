package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import dev.llmisvc.api.common.ObjectReference;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A member of a traffic splitting group. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableGroupMemberStatus.class)
@JsonDeserialize(as = ImmutableGroupMemberStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class GroupMemberStatus {
  /**
   * Service name.
   *
   * @return {@code name}
   */
  public abstract String name();

  /**
   * Weight.
   *
   * @return {@code weight}
   */
  public abstract int weight();

  /**
   * Stopped (weight forced to 0).
   *
   * @return {@code stopped}, if set
   */
  public abstract Optional<Boolean> stopped();

  /**
   * Backend.
   *
   * @return {@code backendRef}, if set
   */
  public abstract Optional<ObjectReference> backendRef();

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
   * Builds {@link GroupMemberStatus}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableGroupMemberStatus.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code backendRef} with its builder, starting from the value this builder holds (empty
     * if none).
     *
     * @param backendRef fills the builder
     * @return this builder
     */
    public Builder backendRef(Consumer<ObjectReference.Builder> backendRef) {
      return backendRef(
          NestedEdit.model(
              this,
              "backendRef",
              ObjectReference.class,
              ObjectReference::toBuilder,
              ObjectReference::builder,
              backendRef,
              ObjectReference.Builder::build));
    }
  }
}
