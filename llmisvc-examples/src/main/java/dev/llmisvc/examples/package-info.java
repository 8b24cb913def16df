/**
 * Runnable examples, one per deployment pattern, each going from the fluent builders to the
 * rendered Kubernetes objects and each pinned by two golden tests (the effective service and the
 * rendered objects): {@link dev.llmisvc.examples.SingleNodeGpuExample}, {@link
 * dev.llmisvc.examples.SingleNodeNoRouterExample}, {@link
 * dev.llmisvc.examples.MultiNodeDataParallelExample}, {@link
 * dev.llmisvc.examples.PrefillDecodeExample}, {@link dev.llmisvc.examples.HardwareProfileExample}
 * (a v1alpha1 service in and out, with a baseRef), {@link
 * dev.llmisvc.examples.LoraAdaptersExample}, {@link dev.llmisvc.examples.ManagedDraExample}, {@link
 * dev.llmisvc.examples.CustomRouteTimeoutsExample}, {@link dev.llmisvc.examples.UrlRewriteExample},
 * {@link dev.llmisvc.examples.ReferencedGatewayExample}, {@link
 * dev.llmisvc.examples.TeamNamespaceOverrideExample} and {@link
 * dev.llmisvc.examples.SchedulerOffExample}. {@link dev.llmisvc.examples.Walkthrough} holds the
 * validate, compose, render and print steps they share.
 */
package dev.llmisvc.examples;
