package dev.llmisvc.render.diff;

import dev.llmisvc.compose.Composer;
import dev.llmisvc.render.context.RenderSettings;
import java.util.Objects;

/**
 * One side of a diff: the composer (config source, preset catalog, controller settings) and the
 * render settings a service is composed and rendered with.
 *
 * <pre>{@code
 * DiffSetup before = DiffSetup.of(Composer.builder().configs(current).build());
 * }</pre>
 *
 * @param composer composes each service; shared by every service of the fleet
 * @param renderSettings renders each composition
 */
public record DiffSetup(Composer composer, RenderSettings renderSettings) {
  /** Rejects nulls. */
  public DiffSetup {
    Objects.requireNonNull(composer, "composer");
    Objects.requireNonNull(renderSettings, "renderSettings");
  }

  /**
   * A setup rendering with the composer's own controller settings and otherwise the defaults.
   *
   * @param composer the composer
   * @return the setup
   */
  public static DiffSetup of(Composer composer) {
    return new DiffSetup(
        composer, RenderSettings.builder().controller(composer.settings()).build());
  }
}
