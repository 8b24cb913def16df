package dev.llmisvc.render.diff;

/**
 * Counts of a fleet diff's services by {@link Impact}.
 *
 * <pre>{@code
 * FleetSummary summary = FleetSummary.empty();
 * for (ServiceDiff d : diffs) {
 *   summary = summary.plus(d);
 * }
 * summary.restartsPods();
 * }</pre>
 *
 * @param services services diffed
 * @param restartsPods services whose model server pods would restart
 * @param routingOnly services whose routing alone changes
 * @param otherChanges services with other changes
 * @param unchanged services with nothing to change
 * @param failed services that could not be composed or rendered in a setup
 */
public record FleetSummary(
    int services, int restartsPods, int routingOnly, int otherChanges, int unchanged, int failed) {

  /**
   * No services yet.
   *
   * @return all counts zero
   */
  public static FleetSummary empty() {
    return new FleetSummary(0, 0, 0, 0, 0, 0);
  }

  /**
   * This summary with one more service counted.
   *
   * @param diff the service's diff
   * @return a new summary
   */
  public FleetSummary plus(ServiceDiff diff) {
    Impact i = diff.impact();
    return new FleetSummary(
        services + 1,
        restartsPods + (i == Impact.RESTARTS_PODS ? 1 : 0),
        routingOnly + (i == Impact.ROUTING_ONLY ? 1 : 0),
        otherChanges + (i == Impact.OTHER_CHANGES ? 1 : 0),
        unchanged + (i == Impact.UNCHANGED ? 1 : 0),
        failed + (i == Impact.FAILED ? 1 : 0));
  }

  /**
   * Whether any service changes.
   *
   * @return true when a service is not unchanged (failed ones included)
   */
  public boolean anyChanged() {
    return unchanged < services;
  }
}
