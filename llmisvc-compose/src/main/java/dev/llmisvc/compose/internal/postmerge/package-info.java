/**
 * The fix-ups KServe applies to the merged config before it becomes the effective spec, one small
 * step per class, run in KServe's order by {@link
 * dev.llmisvc.compose.internal.postmerge.PostMergeSteps}.
 */
package dev.llmisvc.compose.internal.postmerge;
