/**
 * The workload half of the renderer: TLS Secret, DRA template, ServiceAccounts and RBAC,
 * Deployments, LeaderWorkerSets, the workload Service and autoscalers, one small step per object.
 * Pod-template work (model artifacts, LoRA, KV cache tiers, tracing, routing sidecar) sits here
 * too.
 */
package dev.llmisvc.render.internal.workload;
