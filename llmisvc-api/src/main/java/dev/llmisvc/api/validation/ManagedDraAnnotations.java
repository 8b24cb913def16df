package dev.llmisvc.api.validation;

import dev.llmisvc.api.GoQuote;
import java.util.Optional;

/**
 * KServe's reading of the managed-DRA annotations, shared by the webhook's checks and the renderer
 * so both word a bad value the same way.
 */
public final class ManagedDraAnnotations {
  /** The device count annotation. */
  public static final String DEVICE_COUNT = ServiceWebhook.DRA_COUNT;

  private ManagedDraAnnotations() {}

  /**
   * KServe's error for a device count annotation ({@code ManagedDRADeviceCount}): {@code invalid
   * serving.kserve.io/exp-dra-device-count value "<raw>": <reason>}, the reason being Go's {@code
   * strconv.Atoi} error or {@code must be >= 1}.
   *
   * @param raw the annotation's value as written
   * @return the error; empty when the count is fine (a blank one means 1)
   */
  public static Optional<String> deviceCountError(String raw) {
    return Optional.ofNullable(ServiceWebhook.deviceCountProblem(raw))
        .map(p -> "invalid " + DEVICE_COUNT + " value " + GoQuote.quote(raw) + ": " + p);
  }
}
