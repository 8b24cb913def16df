/**
 * The merge engine: KServe's {@code MergeSpecs} (a two-way strategic merge patch from the zero
 * spec, applied to the running result) on Jackson trees, with every Go fact read from {@link
 * dev.llmisvc.api.schema.GoSchema}. Entry point: {@link dev.llmisvc.compose.merge.SpecMerger}.
 */
package dev.llmisvc.compose.merge;
