/**
 * Go {@code text/template} as KServe evaluates it over an {@code LLMInferenceServiceConfig} ({@code
 * ReplaceVariables}); entry point {@link dev.llmisvc.compose.template.ConfigTemplate#render}.
 *
 * <p>Inside: a lexer, parser and executor that follow Go 1.25's {@code text/template} state for
 * state (trim markers, comments, pipelines, variables, {@code if/else if/with/else with/range/
 * break/continue/define/template/block}, parenthesised pipelines and field chains, all literal
 * forms, Go's error texts with line and byte column); Go values built from the service's JSON and
 * the Go type table ({@code GoSchema}): nil pointers, pointer truth, promoted fields of embedded
 * structs, methods of the KServe and Kubernetes types ({@code GetName}, {@code IsDataParallel},
 * {@code GetSize}, {@code URI.String}, ...) called with a nil receiver through nil pointers; Go's
 * builtins ({@code and or not eq ne lt le gt ge len index slice print printf println html js
 * urlquery call}) and KServe's {@code ChildName}, {@code shutdownTimeout}, {@code
 * kvTransferConfig}.
 *
 * <h2>Known differences from Go</h2>
 *
 * <ul>
 *   <li>Complex constants ({@code 1i}) are rejected. Endless {@code template} recursion stops when
 *       the JVM stack ends, before Go's depth of 100000, with Go's message.
 *   <li>A non-nil pointer to a scalar printed through {@code print}/{@code printf} (or nested in a
 *       printed struct) shows a memory address in Go; here the fixed {@code 0xc000010000}.
 *   <li>A {@code resource.Quantity} held in a struct field or passed to {@code print} prints its
 *       canonical string; Go prints its internal fields there (directly, {@code {{ .CPU }}}, both
 *       print the canonical string).
 *   <li>{@code url.Userinfo} prints as written; {@code RawPath}/{@code RawFragment} of a URL stay
 *       empty (Go fills them only for unusual escapings).
 *   <li>The type name of the data root and of {@code .GlobalConfig} in messages ({@code
 *       *llmisvc.GlobalConfig}) is ours; KServe's internal type name may differ.
 *   <li>{@code shutdownTimeout} is assumed to take {@code (*v1.PodSpec, int)}; the argument types
 *       only show in wrong-type error messages.
 *   <li>The config text is written from the JSON tree, not from Go structs: zero-valued fields Go
 *       would add or drop, and keys no Go type declares, differ from KServe's text. Rendered values
 *       are the same; only an action spanning several strings could see different JSON between
 *       them. The output is not decoded into Go structs, so type errors Go would report after
 *       templating (a string in an integer field) are not reported here.
 *   <li>Structs missing from the Go type table (core and Gateway API types while those tables are
 *       being written) expose the keys present in their JSON under capitalised names, as
 *       non-pointer values of the JSON kind; any other capitalised name reads as a nil pointer (a
 *       misspelt field prints {@code <nil>} instead of failing), and their keys keep input order in
 *       the text.
 * </ul>
 */
package dev.llmisvc.compose.template;
