/**
 * What the API server and KServe's webhooks would say about an {@code LLMInferenceService} or
 * {@code LLMInferenceServiceConfig}: CRD schema and CEL rules, admission checks and defaults.
 */
package dev.llmisvc.api.validation;
