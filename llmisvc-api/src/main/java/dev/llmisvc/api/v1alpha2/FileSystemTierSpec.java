package dev.llmisvc.api.v1alpha2;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import dev.llmisvc.api.common.NestedEdit;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A file system KV cache tier: emptyDir or PVC. */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableFileSystemTierSpec.class)
@JsonDeserialize(as = ImmutableFileSystemTierSpec.class)
public abstract class FileSystemTierSpec {
  /**
   * emptyDir volume.
   *
   * @return {@code emptyDir}, if set
   */
  public abstract Optional<EmptyDirTierSpec> emptyDir();

  /**
   * PVC volume.
   *
   * @return {@code pvc}, if set
   */
  public abstract Optional<PVCTierSpec> pvc();

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
   * Builds {@link FileSystemTierSpec}; nested values can be given as lambdas over their own
   * builders.
   */
  public static final class Builder extends ImmutableFileSystemTierSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Edits {@code emptyDir} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param emptyDir fills the builder
     * @return this builder
     */
    public Builder emptyDir(Consumer<EmptyDirTierSpec.Builder> emptyDir) {
      return emptyDir(
          NestedEdit.model(
              this,
              "emptyDir",
              EmptyDirTierSpec.class,
              EmptyDirTierSpec::toBuilder,
              EmptyDirTierSpec::builder,
              emptyDir,
              EmptyDirTierSpec.Builder::build));
    }

    /**
     * Edits {@code pvc} with its builder, starting from the value this builder holds (empty if
     * none).
     *
     * @param pvc fills the builder
     * @return this builder
     */
    public Builder pvc(Consumer<PVCTierSpec.Builder> pvc) {
      return pvc(
          NestedEdit.model(
              this,
              "pvc",
              PVCTierSpec.class,
              PVCTierSpec::toBuilder,
              PVCTierSpec::builder,
              pvc,
              PVCTierSpec.Builder::build));
    }
  }
}
