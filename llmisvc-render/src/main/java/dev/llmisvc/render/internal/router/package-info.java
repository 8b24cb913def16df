/**
 * The router side of rendering (rendering.md §0.1 steps 7–9): scheduler RBAC, tokenizer, scheduler
 * Deployment and Service, InferencePools and the HTTPRoute, one small step per class run in
 * KServe's order by {@link dev.llmisvc.render.internal.router.RouterSteps}.
 */
package dev.llmisvc.render.internal.router;
