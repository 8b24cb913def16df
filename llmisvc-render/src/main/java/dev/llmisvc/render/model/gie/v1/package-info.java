/**
 * InferencePool of {@code inference.networking.k8s.io/v1}, the version KServe always creates and
 * reports in status; a fabric8 {@code CustomResource} usable with {@code client.resources(..)}.
 */
package dev.llmisvc.render.model.gie.v1;
