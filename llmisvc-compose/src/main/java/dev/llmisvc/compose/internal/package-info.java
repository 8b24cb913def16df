/**
 * The composer's working parts, not API: the well-known config names, preset selection by the
 * spec's shape, version-pinned config names, and read-only paths into JSON trees.
 */
package dev.llmisvc.compose.internal;
