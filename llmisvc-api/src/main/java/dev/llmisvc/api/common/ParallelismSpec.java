package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a workload is split across GPUs and nodes ({@code parallelism}). {@code expert} is a
 * non-pointer bool in Go, so KServe cannot tell {@code false} from unset; this model keeps what was
 * written.
 */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableParallelismSpec.class)
@JsonDeserialize(as = ImmutableParallelismSpec.class)
public abstract class ParallelismSpec {
  /**
   * Tensor parallel degree (minimum 1).
   *
   * @return {@code tensor}, if set
   */
  public abstract Optional<Integer> tensor();

  /**
   * Pipeline parallel degree (minimum 1).
   *
   * @return {@code pipeline}, if set
   */
  public abstract Optional<Integer> pipeline();

  /**
   * Total data parallel ranks (minimum 1).
   *
   * @return {@code data}, if set
   */
  public abstract Optional<Integer> data();

  /**
   * Data parallel ranks per node (minimum 1).
   *
   * @return {@code dataLocal}, if set
   */
  public abstract Optional<Integer> dataLocal();

  /**
   * Data parallel RPC port (1..65535; presets use 5555 when unset).
   *
   * @return {@code dataRPCPort}, if set
   */
  public abstract Optional<Integer> dataRPCPort();

  /**
   * Expert parallelism on.
   *
   * @return {@code expert}, if set
   */
  public abstract Optional<Boolean> expert();

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
   * Builds {@link ParallelismSpec}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableParallelismSpec.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
