/**
 * What a preset upgrade would do to a fleet before it is rolled out: {@link
 * dev.llmisvc.examples.diff.PresetUpgradeDiffExample} diffs a small fleet between KServe's built-in
 * presets and an upgraded catalog, and {@link dev.llmisvc.examples.diff.DiffReport} prints the
 * result as text.
 */
package dev.llmisvc.examples.diff;
