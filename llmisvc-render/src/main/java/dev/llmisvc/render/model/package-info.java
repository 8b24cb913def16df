/**
 * Typed models of the custom resources the renderer creates that fabric8 does not ship. Each
 * sub-package holds one API group: {@code lws} (LeaderWorkerSet), {@code keda} (ScaledObject).
 */
package dev.llmisvc.render.model;
