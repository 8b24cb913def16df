package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A name and optional namespace ({@code ingress.refs[]}, Config {@code status.referencedBy[]}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableUntypedObjectReference.class)
@JsonDeserialize(as = ImmutableUntypedObjectReference.class)
public abstract class UntypedObjectReference {
  /**
   * Object name.
   *
   * @return {@code name}, if set
   */
  public abstract Optional<String> name();

  /**
   * Object namespace.
   *
   * @return {@code namespace}, if set
   */
  public abstract Optional<String> namespace();

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
   * Builds {@link UntypedObjectReference}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableUntypedObjectReference.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
