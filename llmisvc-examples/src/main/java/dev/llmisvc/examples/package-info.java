/**
 * Runnable examples, one per deployment pattern, each pinned by a golden test and each on typed
 * values from the service to the effective service: {@link
 * dev.llmisvc.examples.SingleNodeGpuExample}, {@link
 * dev.llmisvc.examples.SingleNodeNoRouterExample}, {@link
 * dev.llmisvc.examples.MultiNodeDataParallelExample}, {@link
 * dev.llmisvc.examples.PrefillDecodeExample}, {@link dev.llmisvc.examples.HardwareProfileExample}
 * (a v1alpha1 service in and out, its profile built with the builders), {@link
 * dev.llmisvc.examples.LoraAdaptersExample} (the service built with the builders) and {@link
 * dev.llmisvc.examples.ManagedDraExample}. {@link dev.llmisvc.examples.Walkthrough} holds the read,
 * validate, compose and print steps they share.
 */
package dev.llmisvc.examples;
