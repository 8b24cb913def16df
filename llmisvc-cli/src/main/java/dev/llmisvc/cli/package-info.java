/**
 * The {@code llmisvc} command line: one picocli command per verb of DESIGN.md's CLI contract, and
 * the shared pieces they use to read documents and report bad input without stack traces.
 */
package dev.llmisvc.cli;
