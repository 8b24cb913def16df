/**
 * Computes the effective {@code LLMInferenceService} spec the way KServe's controller does: presets
 * chosen by shape, baseRefs, namespace lookup, merge, template substitution and post-merge fix-ups.
 */
package dev.llmisvc.compose;
