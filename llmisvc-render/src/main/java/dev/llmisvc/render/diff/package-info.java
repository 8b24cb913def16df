/**
 * What a change of configs, presets or controller settings does to each service of a fleet, before
 * it happens: {@link dev.llmisvc.render.diff.FleetDiff} composes and renders every service two ways
 * and compares the objects KServe's controller would apply.
 */
package dev.llmisvc.render.diff;
