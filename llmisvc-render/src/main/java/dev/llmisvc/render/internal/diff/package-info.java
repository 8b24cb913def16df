/** The fleet diff's working parts, not part of the API: the line diff behind unified YAML diffs. */
package dev.llmisvc.render.internal.diff;
