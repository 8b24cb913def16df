/**
 * Go {@code text/template} as KServe evaluates it over an {@code LLMInferenceServiceConfig}: a
 * faithful lexer, parser and executor (Go 1.25 semantics and error texts) over Go values built from
 * the service's JSON and the Go type table. Entry point: {@link
 * dev.llmisvc.compose.template.ConfigTemplate#render}.
 */
package dev.llmisvc.compose.template;
