/**
 * The Go type facts KServe's behaviour depends on (pointers, omitempty, Go names, merge keys, CRD
 * constraints), loaded once from the bundled {@code *.types} tables and shared by every engine.
 */
package dev.llmisvc.api.schema;
