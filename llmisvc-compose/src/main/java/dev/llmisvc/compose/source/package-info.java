/**
 * Where LLMInferenceServiceConfigs and scheduler ConfigMaps come from: memory, files, the built-in
 * catalog, a cluster, and layers of those looked up in order.
 */
package dev.llmisvc.compose.source;
