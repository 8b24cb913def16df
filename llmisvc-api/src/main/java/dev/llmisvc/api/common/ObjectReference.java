package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A Gateway API object reference as used in status. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableObjectReference.class)
@JsonDeserialize(as = ImmutableObjectReference.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ObjectReference {
  /**
   * API group ({@code ""} for core).
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
   * Name.
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * Namespace.
   *
   * @return {@code namespace}, if set
   */
  public abstract Optional<String> namespace();

  /**
   * Listener (parent references only).
   *
   * @return {@code sectionName}, if set
   */
  public abstract Optional<String> sectionName();

  /**
   * Port (backend references only).
   *
   * @return {@code port}, if set
   */
  public abstract Optional<Integer> port();

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
   * Builds {@link ObjectReference}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableObjectReference.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
