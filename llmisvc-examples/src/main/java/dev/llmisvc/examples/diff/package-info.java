/**
 * What a preset upgrade would do to a fleet before it is rolled out: {@link
 * dev.llmisvc.examples.diff.PresetUpgradeDiffExample} diffs a small fleet between KServe's built-in
 * presets and an upgraded catalog, and prints the result with {@link
 * dev.llmisvc.render.diff.DiffText}, as {@code llmisvc diff} does.
 */
package dev.llmisvc.examples.diff;
