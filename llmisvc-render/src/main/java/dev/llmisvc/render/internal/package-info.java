/**
 * The renderer's working parts, not part of the API: what every rendered object shares (names,
 * labels, the owner reference) and, in sub-packages, the workload and router steps.
 */
package dev.llmisvc.render.internal;
