package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.llmisvc.api.ApiStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A Gateway the service is exposed on ({@code status.router.gateways[]}). */
@Value.Immutable
@ApiStyle
@JsonSerialize(as = ImmutableObservedGateway.class)
@JsonDeserialize(as = ImmutableObservedGateway.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ObservedGateway {
  /**
   * API group.
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
   * Listener names; none means all.
   *
   * @return the items of {@code listeners}; empty when absent
   */
  public abstract List<String> listeners();

  /**
   * HTTPRoutes attached to it.
   *
   * @return the items of {@code httpRoutes}; empty when absent
   */
  public abstract List<ObjectReference> httpRoutes();

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
   * Builds {@link ObservedGateway}; nested values can be given as lambdas over their own builders.
   */
  public static final class Builder extends ImmutableObservedGateway.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Adds an item of {@code httpRoutes} from a nested builder.
     *
     * @param item fills the builder
     * @return this builder
     */
    public Builder addHttpRoutes(Consumer<ObjectReference.Builder> item) {
      ObjectReference.Builder b = ObjectReference.builder();
      item.accept(b);
      return addHttpRoutes(b.build());
    }
  }
}
