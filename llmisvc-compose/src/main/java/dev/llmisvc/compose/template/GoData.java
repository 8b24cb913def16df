package dev.llmisvc.compose.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import dev.llmisvc.compose.template.GoValue.*;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the Go values templates see from a JSON tree and the Go type table: pointers are nil when
 * the JSON has no value, slices and maps are nil when absent, scalars take their zero value,
 * structs expose their Go field names (promoted through embedded fields as in Go).
 *
 * <p>A struct missing from the table (core and Gateway API types may not be tabled yet) falls back
 * to the JSON it holds: each present key becomes a field named by capitalising the JSON name,
 * holding a non-pointer value of the JSON kind; any other capitalised name reads as a nil pointer.
 */
final class GoData {
  /** Go type name of the data root (an anonymous struct in KServe). */
  static final String ROOT_TYPE =
      "struct { *v1alpha2.LLMInferenceService; GlobalConfig *llmisvc.GlobalConfig }";

  private GoData() {}

  /** The template data: the service (embedded pointer) plus {@code GlobalConfig}. */
  static Struct root(ObjectNode service, GlobalConfig global, String poolNamespacedName) {
    GoStruct svcType = GoSchema.kserve().struct("v1alpha2.LLMInferenceService").orElseThrow();
    GoValue svc = new Ptr("*v1alpha2.LLMInferenceService", Optional.of(struct(svcType, service)));
    Map<String, GoValue> g = new LinkedHashMap<>();
    g.put("SystemNamespace", Str.of(global.systemNamespace()));
    g.put("IngressGatewayName", Str.of(global.ingressGatewayName()));
    g.put("IngressGatewayNamespace", Str.of(global.ingressGatewayNamespace()));
    g.put("EnableTLS", new Bool(global.enableTls()));
    g.put("ModelBasedRoutingHeaderName", Str.of(global.modelBasedRoutingHeaderName()));
    g.put("InferencePoolNamespacedName", Str.of(poolNamespacedName));
    GoValue gc =
        new Ptr(
            "*llmisvc.GlobalConfig",
            Optional.of(Struct.of("llmisvc.GlobalConfig", g, Optional.empty())));
    Map<String, GoValue> fields = new LinkedHashMap<>();
    fields.put("LLMInferenceService", svc);
    fields.put("GlobalConfig", gc);
    return new Struct(
        ROOT_TYPE,
        List.copyOf(fields.keySet()),
        List.of("LLMInferenceService"),
        n -> Optional.ofNullable(fields.get(n)),
        fields,
        Optional.empty());
  }

  /** Go's printed name of a table type ({@code core.PodSpec} is {@code v1.PodSpec}). */
  static String typeName(GoType t) {
    if (t instanceof GoType.Pointer p) {
      return "*" + typeName(p.element());
    } else if (t instanceof GoType.Slice s) {
      return "[]" + typeName(s.element());
    } else if (t instanceof GoType.MapOf m) {
      return "map[string]" + typeName(m.element());
    } else if (t instanceof GoType.Scalar s) {
      return s.name();
    } else if (t instanceof GoType.Special s) {
      return switch (s.name()) {
        case "Quantity" -> "resource.Quantity";
        case "IntOrString" -> "intstr.IntOrString";
        case "URL" -> "apis.URL";
        case "Time" -> "v1.Time";
        case "RawExtension" -> "runtime.RawExtension";
        default -> "v1.JSON";
      };
    }
    return structName(((GoType.Named) t).name());
  }

  static String structName(String tableName) {
    int dot = tableName.lastIndexOf('.');
    String pkg = tableName.substring(0, dot);
    String simple = tableName.substring(dot + 1);
    String goPkg =
        switch (pkg) {
          case "v1alpha1", "v1alpha2" -> pkg;
          case "keda" -> "v1alpha1";
          case "autoscaling" -> "v2";
          default -> "v1"; // core, meta, gatewayapi, gie.v1, knative duck v1
        };
    return goPkg + "." + simple;
  }

  /** The Go value of {@code node} read as Go type {@code type}. */
  static GoValue of(GoType type, JsonNode node) {
    boolean absent = node == null || node.isNull() || node.isMissingNode();
    if (type instanceof GoType.Pointer p) {
      return new Ptr(
          typeName(type),
          absent ? Optional.empty() : Optional.of(of(p.element(), node)),
          () -> of(p.element(), null));
    }
    if (type instanceof GoType.Slice s) {
      List<GoValue> items = new ArrayList<>();
      if (!absent && node.isArray()) {
        node.forEach(e -> items.add(of(s.element(), e)));
      }
      return new Slice(typeName(type), items, absent);
    }
    if (type instanceof GoType.MapOf m) {
      TreeMap<String, GoValue> entries = new TreeMap<>(GoData::compareGo);
      if (!absent && node.isObject()) {
        node.properties()
            .iterator()
            .forEachRemaining(e -> entries.put(e.getKey(), of(m.element(), e.getValue())));
      }
      return new MapVal(typeName(type), entries, absent);
    }
    if (type instanceof GoType.Scalar s) {
      return switch (s.name()) {
        case "string" -> Str.of(absent ? "" : node.asText());
        case "bool" -> new Bool(!absent && node.asBoolean());
        case "float64" -> new Flt(absent ? 0 : node.asDouble(), "float64");
        default -> new Int(absent ? 0 : node.asLong(), s.name());
      };
    }
    if (type instanceof GoType.Special s) {
      return special(s.name(), absent ? null : node);
    }
    String name = ((GoType.Named) type).name();
    Optional<GoStruct> def = GoSchema.kserve().struct(name);
    ObjectNode obj = absent || !node.isObject() ? null : (ObjectNode) node;
    if (def.isPresent()) {
      return struct(def.get(), obj);
    }
    return jsonStruct(structName(name), obj);
  }

  /** Go sorts string map keys byte-wise (UTF-8); this matches it for every code point. */
  static int compareGo(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  static Struct struct(GoStruct def, ObjectNode json) {
    List<String> names = new ArrayList<>();
    List<String> embedded = new ArrayList<>();
    for (GoField f : def.fields()) {
      names.add(f.goName());
      if (f.inline() || f.embedded()) {
        embedded.add(f.goName());
      }
    }
    return new Struct(
        structName(def.name()),
        names,
        embedded,
        n -> {
          for (GoField f : def.fields()) {
            if (f.goName().equals(n)) {
              if (f.inline()) {
                // an inline struct views the same JSON object as its parent
                return Optional.of(of(f.type(), json));
              }
              return Optional.of(of(f.type(), json == null ? null : json.get(f.jsonName())));
            }
          }
          return Optional.empty();
        },
        json == null ? new Object() : json,
        Optional.empty());
  }

  /** The fallback for structs the table does not describe. */
  static Struct jsonStruct(String type, ObjectNode json) {
    Map<String, String> byGo = new LinkedHashMap<>();
    if (json != null) {
      for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!k.isEmpty()) {
          byGo.put(Character.toUpperCase(k.charAt(0)) + k.substring(1), k);
        }
      }
    }
    return new Struct(
            type,
            List.copyOf(byGo.keySet()),
            List.of(),
            n -> {
              String key = byGo.get(n);
              if (key == null) {
                // unknown type: an absent field reads as nil, as most optional Kubernetes fields
                // are
                return n.isEmpty() || !Character.isUpperCase(n.charAt(0))
                    ? Optional.empty()
                    : Optional.of(new Ptr("*interface {}", Optional.empty()));
              }
              return Optional.of(inferred(json.get(key), n));
            },
            json == null ? new Object() : json,
            Optional.empty())
        .markOpen();
  }

  private static GoValue inferred(JsonNode node, String goName) {
    if (node == null || node.isNull()) {
      return new Ptr("*interface {}", Optional.empty());
    } else if (node.isObject()) {
      return jsonStruct("struct " + goName, (ObjectNode) node);
    } else if (node.isArray()) {
      List<GoValue> items = new ArrayList<>();
      node.forEach(e -> items.add(inferred(e, goName)));
      return new Slice("[]interface {}", items, false);
    } else if (node.isBoolean()) {
      return new Bool(node.booleanValue());
    } else if (node.isIntegralNumber()) {
      return new Int(node.asLong(), "int64");
    } else if (node.isNumber()) {
      return new Flt(node.asDouble(), "float64");
    }
    return Str.of(node.asText());
  }

  private static GoValue special(String name, JsonNode node) {
    switch (name) {
      case "Quantity":
        {
          Quantity q = Quantity.zero();
          if (node != null) {
            try {
              q = Quantity.parse(node.asText());
            } catch (IllegalArgumentException e) {
              q = Quantity.zero();
            }
          }
          return new QuantityVal(q);
        }
      case "URL":
        return url(node == null ? "" : node.asText());
      case "IntOrString":
        {
          Map<String, GoValue> f = new LinkedHashMap<>();
          boolean isInt = node != null && node.isNumber();
          f.put("Type", new Int(isInt || node == null ? 0 : 1, "intstr.Type"));
          f.put("IntVal", new Int(isInt ? node.asLong() : 0, "int32"));
          f.put("StrVal", Str.of(node != null && !isInt ? node.asText() : ""));
          String text = node == null ? "0" : node.asText();
          return Struct.of("intstr.IntOrString", f, Optional.of(text));
        }
      case "Time":
        {
          String text = node == null ? "" : node.asText();
          return Struct.of("v1.Time", Map.of(), Optional.of(GoFormat.goTime(text)));
        }
      default:
        {
          // RawExtension / JSON: a struct holding the raw bytes
          Map<String, GoValue> f = new LinkedHashMap<>();
          List<GoValue> bytes = new ArrayList<>();
          if (node != null) {
            for (byte b : GoJson.compact(node).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
              bytes.add(new Int(b & 0xff, "uint8"));
            }
          }
          f.put("Raw", new Slice("[]uint8", bytes, node == null));
          return Struct.of(
              name.equals("JSON") ? "v1.JSON" : "runtime.RawExtension", f, Optional.empty());
        }
    }
  }

  /** knative {@code apis.URL} (a {@code net/url.URL}) parsed the way {@code url.Parse} does. */
  static Struct url(String text) {
    String rest = text;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    String scheme = "";
    int colon = rest.indexOf(':');
    if (colon > 0 && rest.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      scheme = rest.substring(0, colon).toLowerCase();
      rest = rest.substring(colon + 1);
    }
    String query = "";
    boolean forceQuery = false;
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      forceQuery = query.isEmpty();
      rest = rest.substring(0, q);
    }
    String opaque = "";
    String host = "";
    String user = null;
    String path = "";
    if (!scheme.isEmpty() && !rest.startsWith("/")) {
      opaque = rest;
    } else {
      if (rest.startsWith("//") && (!scheme.isEmpty() || !rest.startsWith("///"))) {
        String authority = rest.substring(2);
        int slash = authority.indexOf('/');
        path = slash >= 0 ? authority.substring(slash) : "";
        authority = slash >= 0 ? authority.substring(0, slash) : authority;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
          user = authority.substring(0, at);
          authority = authority.substring(at + 1);
        }
        host = authority;
      } else {
        path = rest;
      }
    }
    Map<String, GoValue> f = new LinkedHashMap<>();
    f.put("Scheme", Str.of(scheme));
    f.put("Opaque", Str.of(opaque));
    f.put(
        "User",
        new Ptr(
            "*url.Userinfo",
            user == null
                ? Optional.empty()
                : Optional.of(Struct.of("url.Userinfo", Map.of(), Optional.of(user)))));
    f.put("Host", Str.of(host));
    f.put("Path", Str.of(percentDecode(path)));
    f.put("RawPath", Str.of(""));
    f.put("OmitHost", new Bool(false));
    f.put("ForceQuery", new Bool(forceQuery));
    f.put("RawQuery", Str.of(query));
    f.put("Fragment", Str.of(percentDecode(fragment)));
    f.put("RawFragment", Str.of(""));
    return Struct.of("apis.URL", f, Optional.of(text));
  }

  private static String percentDecode(String s) {
    if (!s.contains("%")) {
      return s;
    }
    try {
      return java.net.URLDecoder.decode(
          s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
