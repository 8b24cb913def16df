package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A secondary KV cache tier. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableSecondaryTierSpec.class)
@JsonDeserialize(as = ImmutableSecondaryTierSpec.class)
public abstract class SecondaryTierSpec {
  /**
   * File system tier.
   *
   * @return {@code fileSystem}, if set
   */
  public abstract Optional<FileSystemTierSpec> fileSystem();

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
   * Builds {@link SecondaryTierSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableSecondaryTierSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code fileSystem} with its builder, starting from the value this builder holds (empty
     * if none).
     *
     * @param fileSystem fills the builder
     * @return this builder
     */
    public Builder fileSystem(Consumer<FileSystemTierSpec.Builder> fileSystem) {
      return fileSystem(
          NestedEdit.model(
              this,
              "fileSystem",
              FileSystemTierSpec.class,
              FileSystemTierSpec::toBuilder,
              FileSystemTierSpec::builder,
              fileSystem,
              FileSystemTierSpec.Builder::build));
    }
  }
}
