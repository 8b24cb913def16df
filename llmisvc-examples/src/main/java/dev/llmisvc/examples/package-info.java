/** Runnable examples, one per deployment pattern, each pinned by a golden test. */
package dev.llmisvc.examples;
