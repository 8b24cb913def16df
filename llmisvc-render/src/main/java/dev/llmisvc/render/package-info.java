/**
 * Turns an effective LLMInferenceService into the Kubernetes objects KServe's controller creates:
 * {@link dev.llmisvc.render.Renderer}, its {@link dev.llmisvc.render.Rendering} and settings.
 */
package dev.llmisvc.render;
