package dev.llmisvc.compose.template;

import dev.llmisvc.compose.template.Funcs.FuncError;
import dev.llmisvc.compose.template.Funcs.Impl;
import dev.llmisvc.compose.template.Funcs.Method;
import dev.llmisvc.compose.template.Funcs.Param;
import dev.llmisvc.compose.template.GoValue.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Methods of the KServe and Kubernetes types templates may call ({@code .GetName}, {@code
 * .Spec.Parallelism.IsDataParallel}, {@code .Spec.Model.URI.String}, ...), by Go type name. The
 * receiver may be a nil pointer: nil-safe methods answer their nil result, the others fail as Go
 * panics.
 */
final class Methods {
  private Methods() {}

  private static final Map<String, Map<String, Method>> METHODS = new LinkedHashMap<>();

  private static void method(String type, String name, Impl impl, Param... params) {
    METHODS
        .computeIfAbsent(type, k -> new LinkedHashMap<>())
        .put(name, new Method(name, List.of(params), impl));
  }

  static Optional<Method> method(String type, String name) {
    return Optional.ofNullable(METHODS.getOrDefault(type, Map.of()).get(name));
  }

  private static Optional<Struct> receiver(GoValue r) {
    GoValue v = GoValue.indirect(r);
    return v instanceof Struct s ? Optional.of(s) : Optional.empty();
  }

  private static final String NIL_DEREF =
      "runtime error: invalid memory address or nil pointer dereference";

  private static long deref(Struct s, String field, long dflt) {
    GoValue v = s.field(field).orElse(new Invalid());
    GoValue d = GoValue.indirect(v);
    return d instanceof Int i ? i.value() : dflt;
  }

  static {
    for (String f :
        List.of(
            "Name",
            "GenerateName",
            "Namespace",
            "SelfLink",
            "UID",
            "ResourceVersion",
            "Generation",
            "CreationTimestamp",
            "DeletionTimestamp",
            "DeletionGracePeriodSeconds",
            "Labels",
            "Annotations",
            "OwnerReferences",
            "Finalizers",
            "ManagedFields")) {
      method(
          "v1.ObjectMeta",
          "Get" + f,
          a ->
              receiver(a.get(0))
                  .orElseThrow(() -> new FuncError(NIL_DEREF))
                  .field(f)
                  .orElseThrow());
    }
    method(
        "v1alpha2.ParallelismSpec",
        "IsPipelineParallel",
        a -> new Bool(receiver(a.get(0)).map(s -> deref(s, "Pipeline", 0) > 0).orElse(false)));
    method(
        "v1alpha2.ParallelismSpec",
        "IsTensorParallel",
        a -> new Bool(receiver(a.get(0)).map(s -> deref(s, "Tensor", 0) > 0).orElse(false)));
    method(
        "v1alpha2.ParallelismSpec",
        "IsDataParallel",
        a -> new Bool(receiver(a.get(0)).map(Methods::dataParallel).orElse(false)));
    method(
        "v1alpha2.ParallelismSpec",
        "GetSize",
        a -> {
          Optional<Struct> s = receiver(a.get(0));
          if (s.isEmpty()) {
            return new Ptr("*int32", Optional.empty());
          }
          if (dataParallel(s.get())) {
            long data = Math.max(deref(s.get(), "Data", 1), 1);
            long local = Math.max(deref(s.get(), "DataLocal", 1), 1);
            return new Ptr(
                "*int32", Optional.of(new Int(Math.max((int) data / (int) local, 1), "int32")));
          }
          if (deref(s.get(), "Pipeline", 0) > 0) {
            return s.get().field("Pipeline").orElseThrow();
          }
          return new Ptr("*int32", Optional.empty());
        });
    method(
        "v1alpha2.HTTPRouteSpec",
        "HasRefs",
        a ->
            new Bool(
                receiver(a.get(0))
                    .map(s -> GoValue.truth(s.field("Refs").orElseThrow()))
                    .orElse(false)));
    method(
        "v1alpha2.HTTPRouteSpec",
        "HasSpec",
        a ->
            new Bool(
                receiver(a.get(0))
                    .map(s -> GoValue.truth(s.field("Spec").orElseThrow()))
                    .orElse(false)));
    method(
        "v1alpha2.GatewaySpec",
        "HasRefs",
        a ->
            new Bool(
                receiver(a.get(0))
                    .map(s -> GoValue.truth(s.field("Refs").orElseThrow()))
                    .orElse(false)));
    method(
        "v1alpha2.InferencePoolSpec",
        "HasRef",
        a ->
            new Bool(
                receiver(a.get(0))
                    .flatMap(s -> receiver(s.field("Ref").orElseThrow()))
                    .map(r -> r.field("Name").map(GoValue::truth).orElse(false))
                    .orElse(false)));
    method(
        "apis.URL", "String", a -> Str.of(receiver(a.get(0)).flatMap(Struct::stringer).orElse("")));
    method(
        "apis.URL",
        "IsEmpty",
        a -> new Bool(receiver(a.get(0)).flatMap(Struct::stringer).orElse("").isEmpty()));
    method("resource.Quantity", "String", a -> Str.of(quantity(a.get(0)).toString()));
    method("resource.Quantity", "Value", a -> new Int(quantity(a.get(0)).longValue(), "int64"));
    method("resource.Quantity", "IsZero", a -> new Bool(quantity(a.get(0)).value().signum() == 0));
    method(
        "intstr.IntOrString",
        "String",
        a ->
            Str.of(
                receiver(a.get(0))
                    .orElseThrow(() -> new FuncError(NIL_DEREF))
                    .stringer()
                    .orElse("")));
  }

  private static Quantity quantity(GoValue v) {
    GoValue d = GoValue.indirect(v);
    if (d instanceof QuantityVal q) {
      return q.quantity();
    }
    throw new FuncError(NIL_DEREF);
  }

  private static boolean dataParallel(Struct s) {
    return deref(s, "Data", 0) > 0 || deref(s, "DataLocal", 0) > 0;
  }
}
