/**
 * The built-in preset catalog: KServe's well-known LLMInferenceServiceConfigs, one versioned folder
 * of our own YAML resources per KServe release they match.
 */
package dev.llmisvc.compose.preset;
