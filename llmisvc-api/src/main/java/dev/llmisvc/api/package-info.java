/**
 * Typed, immutable models of KServe's {@code LLMInferenceService} and {@code
 * LLMInferenceServiceConfig}, with the one mapper that reads and writes them.
 */
package dev.llmisvc.api;
