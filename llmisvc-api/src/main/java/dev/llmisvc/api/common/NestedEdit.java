package dev.llmisvc.api.common;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the nested-lambda overloads of the model builders share: a lambda edits the value the
 * builder already holds, as fabric8's {@code editSpec()} does, so {@code svc.toBuilder().spec(s ->
 * s.replicas(5)).build()} keeps the rest of the spec. Only when the builder holds no value does the
 * lambda start from an empty nested builder.
 *
 * <p>The generated builders keep their state in private fields and offer no getters, so the value
 * they hold is read from the field named after the attribute (the generator's fixed convention).
 * {@code NestedEditTest} calls every lambda overload of every builder against sample values, so a
 * change of that convention fails the build rather than a user.
 *
 * <p>Support for the builders of this API; not meant to be called by users.
 */
public final class NestedEdit {
  private static final ClassValue<Map<String, Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private NestedEdit() {}

  /**
   * The value {@code builder} currently holds for {@code attribute}: set explicitly, or copied in
   * by {@code from}/{@code toBuilder()}.
   *
   * @param builder a generated builder or a subclass of one
   * @param attribute the attribute's name
   * @param type the attribute's value type (for {@code Optional<T>} attributes, {@code T})
   * @param <T> the value type
   * @return the value, or empty when the builder holds none
   */
  public static <T> Optional<T> current(Object builder, String attribute, Class<T> type) {
    Field field = FIELDS.get(builder.getClass()).computeIfAbsent(attribute, a -> find(builder, a));
    try {
      Object value = field.get(builder);
      if (value instanceof Optional<?> optional) {
        value = optional.orElse(null);
      }
      return Optional.ofNullable(type.cast(value));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read builder attribute " + attribute, e);
    }
  }

  /**
   * Edits a nested model: starts from the current value's builder (or an empty builder), lets
   * {@code edit} change it and builds it.
   *
   * @param builder the builder that holds the nested value
   * @param attribute the nested attribute's name
   * @param type the nested model type
   * @param toBuilder the nested model's {@code toBuilder}
   * @param empty the nested model's {@code builder}
   * @param edit the user's lambda
   * @param build the nested builder's {@code build}
   * @param <T> the nested model type
   * @param <N> its builder type
   * @return the edited value
   */
  public static <T, N> T model(
      Object builder,
      String attribute,
      Class<T> type,
      Function<T, N> toBuilder,
      Supplier<N> empty,
      Consumer<? super N> edit,
      Function<N, T> build) {
    N nested = current(builder, attribute, type).map(toBuilder).orElseGet(empty);
    edit.accept(nested);
    return build.apply(nested);
  }

  /**
   * Edits an embedded Kubernetes object through its fabric8 builder, starting from a copy of the
   * current value (or an empty builder). When the lambda leaves the object equal to what it was,
   * the current {@link Embedded} is kept as it is, so what a fabric8 bean would normalise (an
   * explicit {@code containers: []}, field order) is not lost by an edit that changes nothing.
   *
   * @param builder the builder that holds the embedded value
   * @param attribute the attribute's name
   * @param copy the fabric8 builder's copy constructor
   * @param empty the fabric8 builder's no-argument constructor
   * @param edit the user's lambda
   * @param build the fabric8 builder's {@code build}
   * @param <T> the fabric8 model type
   * @param <N> its fabric8 builder type
   * @return the edited value
   */
  @SuppressWarnings("unchecked")
  public static <T, N> Embedded<T> embedded(
      Object builder,
      String attribute,
      Function<T, N> copy,
      Supplier<N> empty,
      Consumer<? super N> edit,
      Function<N, T> build) {
    Optional<Embedded<T>> before =
        current(builder, attribute, Embedded.class).map(e -> (Embedded<T>) e);
    N nested = before.map(e -> copy.apply(e.get())).orElseGet(empty);
    edit.accept(nested);
    T after = build.apply(nested);
    if (before.isPresent() && after.equals(before.get().get())) {
      return before.get();
    }
    return Embedded.of(after);
  }

  private static Field find(Object builder, String attribute) {
    for (Class<?> c = builder.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(attribute);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // the generated builder is a superclass of the public one
      }
    }
    throw new IllegalStateException(
        builder.getClass().getName() + " has no field for attribute " + attribute);
  }
}
