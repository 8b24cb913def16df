/**
 * Model types that are identical in v1alpha1 and v1alpha2 (parallelism, scaling, routing pieces,
 * references, conditions), defined once and used by both version packages.
 */
package dev.llmisvc.api.common;
