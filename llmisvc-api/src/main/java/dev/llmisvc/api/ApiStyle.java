package dev.llmisvc.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every model in this API. Conventions it fixes:
 *
 * <ul>
 *   <li>A model is an abstract class {@code X} whose generated {@code ImmutableX} stays
 *       package-private ({@code visibility = PACKAGE}, {@code overshadowImplementation}); users see
 *       only {@code X}, {@code X.builder()}, {@code x.toBuilder()} and {@code X.Builder}, a public
 *       subclass of the generated builder.
 *   <li>Builders read like the YAML they produce: setters are named after the JSON fields, and
 *       every nested object also has a lambda overload over its own builder, e.g. {@code spec(s ->
 *       s.model(m -> m.uri("hf://org/model")).replicas(3))}. Embedded Kubernetes objects take a
 *       lambda over the fabric8 builder: {@code template(t ->
 *       t.addNewContainer().withName("main").endContainer())}. A lambda edits the nested value the
 *       builder already holds (fabric8's {@code editSpec()} habit), so {@code
 *       svc.toBuilder().spec(s -> s.replicas(5)).build()} keeps the rest of the spec; a builder
 *       holding no value starts the lambda from an empty one (see {@link
 *       dev.llmisvc.api.common.NestedEdit}).
 *   <li>No nulls: absent values are {@link java.util.Optional}, absent lists and maps are empty
 *       ({@code jdkOnly}: unmodifiable JDK collections, copied in). For KServe's own lists and maps
 *       an empty one is not written, like Go's {@code omitempty}, so "absent" and "empty" are the
 *       same there, as they are in KServe. Where the difference matters (an empty object meaning
 *       "managed", {@code containers: []} inside a pod template) it is kept: objects are {@code
 *       Optional} and keep {@code {}}, and embedded Kubernetes objects are kept as JSON trees (see
 *       {@link dev.llmisvc.api.common.Embedded}).
 *   <li>Jackson: each model names its implementation with {@code @JsonSerialize(as = ...)} and
 *       {@code @JsonDeserialize(as = ...)}; inclusion rules, strictness and error reporting live in
 *       one place, {@link dev.llmisvc.api.yaml.LlmisvcMapper}.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface ApiStyle {}
