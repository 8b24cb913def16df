/**
 * What a render reads besides the effective service ({@link
 * dev.llmisvc.render.context.RenderSettings}, {@link dev.llmisvc.render.context.ClusterFacts}) and
 * what it reports besides the objects ({@link dev.llmisvc.render.context.RequiredObject}, {@link
 * dev.llmisvc.render.context.RenderException}). A leaf package, so the renderer's internals can use
 * it without a package cycle.
 */
package dev.llmisvc.render.context;
