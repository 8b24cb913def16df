/**
 * Runnable examples, one per deployment pattern, each pinned by a golden test: {@link
 * dev.llmisvc.examples.SingleNodeGpuExample}, {@link
 * dev.llmisvc.examples.SingleNodeNoRouterExample}, {@link
 * dev.llmisvc.examples.MultiNodeDataParallelExample}, {@link
 * dev.llmisvc.examples.PrefillDecodeExample}, {@link dev.llmisvc.examples.HardwareProfileExample},
 * {@link dev.llmisvc.examples.LoraAdaptersExample} (built with the builders) and {@link
 * dev.llmisvc.examples.ManagedDraExample}. {@link dev.llmisvc.examples.Walkthrough} holds the load,
 * validate, compose and print steps they share.
 */
package dev.llmisvc.examples;
