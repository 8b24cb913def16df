package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Model download init container ({@code storageInitializer}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableStorageInitializerSpec.class)
@JsonDeserialize(as = ImmutableStorageInitializerSpec.class)
public abstract class StorageInitializerSpec {
  /**
   * Whether the storage initializer runs; unset means true.
   *
   * @return {@code enabled}, if set
   */
  public abstract Optional<Boolean> enabled();

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
   * Builds {@link StorageInitializerSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableStorageInitializerSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
