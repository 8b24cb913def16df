/**
 * InferencePool of {@code inference.networking.x-k8s.io/v1alpha2}, the older version KServe also
 * creates when its CRD is installed; a fabric8 {@code CustomResource}.
 */
package dev.llmisvc.render.model.gie.v1alpha2;
