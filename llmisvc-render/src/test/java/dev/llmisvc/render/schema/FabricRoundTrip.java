package dev.llmisvc.render.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.resource.v1.ResourceClaimTemplate;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check for built-in kinds, whose schemas are fabric8's model classes: an object must survive
 * serialise, deserialise into the model class of its {@code apiVersion} and {@code kind}, serialise
 * again unchanged, and no fabric8 object in it, before or after, may hold fields in {@code
 * additionalProperties} (where fabric8 silently keeps fields its model does not declare).
 *
 * <p>It does not check the API server's validation of built-in kinds (required fields, names,
 * ranges, enums): fabric8's models carry no such constraints.
 */
final class FabricRoundTrip {
  static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The built-in kinds the renderer writes, by {@code apiVersion} and {@code kind}. */
  static final Map<String, Class<? extends HasMetadata>> MODELS =
      Map.ofEntries(
          Map.entry("apps/v1 Deployment", Deployment.class),
          Map.entry("v1 Service", Service.class),
          Map.entry("v1 ServiceAccount", ServiceAccount.class),
          Map.entry("v1 Secret", Secret.class),
          Map.entry("rbac.authorization.k8s.io/v1 Role", Role.class),
          Map.entry("rbac.authorization.k8s.io/v1 RoleBinding", RoleBinding.class),
          Map.entry("rbac.authorization.k8s.io/v1 ClusterRoleBinding", ClusterRoleBinding.class),
          Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
          Map.entry("resource.k8s.io/v1 ResourceClaimTemplate", ResourceClaimTemplate.class),
          Map.entry("gateway.networking.k8s.io/v1 HTTPRoute", HTTPRoute.class));

  private FabricRoundTrip() {}

  /** The model class of {@code apiVersion} and {@code kind}, when it is a built-in kind here. */
  static Optional<Class<? extends HasMetadata>> model(String apiVersion, String kind) {
    return Optional.ofNullable(MODELS.get(apiVersion + " " + kind));
  }

  /** The object as fabric8 serialises it, as a JSON tree. */
  static JsonNode tree(Object object) {
    try {
      return JSON.readTree(FABRIC8.asJson(object));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the round trip of {@code object} through {@code model} loses or changes, and the fields
   * fabric8 keeps in {@code additionalProperties}, with their paths.
   */
  static List<FieldError> check(HasMetadata object, Class<? extends HasMetadata> model) {
    List<FieldError> errors = new ArrayList<>();
    additionalProperties(object, "", errors, Collections.newSetFromMap(new IdentityHashMap<>()));
    JsonNode before = tree(object);
    HasMetadata typed = FABRIC8.unmarshal(before.toString(), model);
    if (!model.equals(typed.getClass())) {
      errors.add(new FieldError("", "read back as " + typed.getClass().getName()));
    }
    List<FieldError> after = new ArrayList<>();
    additionalProperties(typed, "", after, Collections.newSetFromMap(new IdentityHashMap<>()));
    for (FieldError e : after) {
      if (!errors.contains(e)) {
        errors.add(e);
      }
    }
    TreeDiff.diff(before, tree(typed), "", errors);
    return errors;
  }

  /** Walks fabric8's model objects reflectively, reporting non-empty additionalProperties. */
  private static void additionalProperties(
      Object value, String path, List<FieldError> errors, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof Iterable<?> items) {
      int i = 0;
      for (Object item : items) {
        additionalProperties(item, FieldError.element(path, i++), errors, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) ->
              additionalProperties(v, FieldError.child(path, String.valueOf(k)), errors, seen));
      return;
    }
    if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
      return;
    }
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        Object fieldValue;
        try {
          fieldValue = f.get(value);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        if (f.getName().equals("additionalProperties") && fieldValue instanceof Map<?, ?> extra) {
          if (!extra.isEmpty()) {
            Set<String> names = new TreeSet<>();
            extra.keySet().forEach(k -> names.add(String.valueOf(k)));
            errors.add(
                new FieldError(
                    path,
                    "fields not in fabric8's "
                        + value.getClass().getSimpleName()
                        + " model (in additionalProperties): "
                        + names));
          }
          continue;
        }
        JsonProperty json = f.getAnnotation(JsonProperty.class);
        String name = json != null && !json.value().isEmpty() ? json.value() : f.getName();
        additionalProperties(fieldValue, FieldError.child(path, name), errors, seen);
      }
    }
  }
}
