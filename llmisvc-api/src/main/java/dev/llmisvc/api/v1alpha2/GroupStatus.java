package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.List;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A traffic splitting group ({@code status.router.group}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableGroupStatus.class)
@JsonDeserialize(as = ImmutableGroupStatus.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class GroupStatus {
  /**
   * Group name.
   *
   * @return {@code name}
   */
  public abstract String name();

  /**
   * Members.
   *
   * @return the items of {@code members}; empty when absent
   */
  public abstract List<GroupMemberStatus> members();

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

  /** Builds {@link GroupStatus}; nested values can be given as lambdas over their own builders. */
  public static final class Builder extends ImmutableGroupStatus.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds an item of {@code members} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addMembers(Consumer<GroupMemberStatus.Builder> item) {
      GroupMemberStatus.Builder b = GroupMemberStatus.builder();
      item.accept(b);
      return addMembers(b.build());
    }
  }
}
