/**
 * KEDA ScaledObject ({@code keda.sh/v1alpha1}) as a fabric8 custom resource, written by hand for
 * the fields KServe renders; same reasons as the {@code lws} package (small surface, no generator
 * plugin, fabric8 core types where the CRD embeds them). {@code fallback} and {@code advanced} are
 * kept as JSON trees, since KServe copies them from the service verbatim.
 */
package dev.llmisvc.render.model.keda;
