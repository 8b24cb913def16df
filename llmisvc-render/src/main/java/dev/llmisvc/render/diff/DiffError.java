package dev.llmisvc.render.diff;

import java.util.Objects;

/**
 * Why a service could not be diffed in one setup.
 *
 * @param side the setup that failed
 * @param message what failed, in the composer's or renderer's words (KServe's reason and message
 *     for a composition, the field and reason for a render)
 */
public record DiffError(Side side, String message) {
  /** Which setup. */
  public enum Side {
    /** The before setup. */
    BEFORE,
    /** The after setup. */
    AFTER
  }

  /** Rejects nulls. */
  public DiffError {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(message, "message");
  }
}
