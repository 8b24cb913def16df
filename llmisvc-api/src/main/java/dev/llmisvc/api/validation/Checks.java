package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CRD keywords at one place of the schema (a field's value, its items, or its map values),
 * parsed and compiled from one node of {@code crd-constraints.json}. Immutable once built; the CEL
 * rules compile on first use ({@link CelRules}).
 */
final class Checks {
  static final Checks NONE = new Checks(null);

  final List<String> required;
  final List<String> enumValues;
  final Set<String> enumSet;
  final JsonNode minimum;
  final JsonNode maximum;
  final Long minLength;
  final Long maxLength;
  final Long minItems;
  final Long maxItems;
  final Long minProperties;
  final Long maxProperties;
  final Pattern pattern;

  /** {@code x-kubernetes-list-type}: {@code atomic}, {@code set}, {@code map} or null. */
  final String listType;

  final List<String> listMapKeys;
  final JsonNode defaultValue;

  /** {@code x-kubernetes-preserve-unknown-fields} without a {@code type}: nothing is checked. */
  final boolean schemaless;

  final List<CelRules.Rule> rules;
  final Checks items;
  final Checks values;

  Checks(JsonNode node) {
    JsonNode n =
        node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    required = strings(n.get("required"));
    enumValues = strings(n.get("enum"));
    enumSet = Set.copyOf(new HashSet<>(enumValues));
    minimum = n.get("minimum");
    maximum = n.get("maximum");
    minLength = number(n, "minLength");
    maxLength = number(n, "maxLength");
    minItems = number(n, "minItems");
    maxItems = number(n, "maxItems");
    minProperties = number(n, "minProperties");
    maxProperties = number(n, "maxProperties");
    pattern = n.has("pattern") ? Pattern.compile(n.get("pattern").asText()) : null;
    listType = n.has("x-kubernetes-list-type") ? n.get("x-kubernetes-list-type").asText() : null;
    listMapKeys = strings(n.get("x-kubernetes-list-map-keys"));
    defaultValue = n.get("default");
    schemaless = n.path("x-kubernetes-preserve-unknown-fields").asBoolean(false) && !n.has("type");
    List<CelRules.Rule> r = new ArrayList<>();
    for (JsonNode rule : n.path("x-kubernetes-validations")) {
      r.add(CelRules.rule(rule.path("rule").asText(), rule.path("message").asText("")));
    }
    rules = List.copyOf(r);
    Checks none = node == null ? this : NONE; // NONE itself is still being built
    items = n.has("items") ? new Checks(n.get("items")) : none;
    values = n.has("additionalProperties") ? new Checks(n.get("additionalProperties")) : none;
  }

  /** Whether a value here can fail a check on its own (not counting what lies inside it). */
  boolean checksScalar() {
    return !enumValues.isEmpty()
        || minimum != null
        || maximum != null
        || minLength != null
        || maxLength != null
        || pattern != null;
  }

  private static Long number(JsonNode n, String key) {
    return n.has(key) ? n.get(key).asLong() : null;
  }

  private static List<String> strings(JsonNode array) {
    if (array == null || !array.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(array.size());
    array.forEach(v -> out.add(v.asText()));
    return List.copyOf(out);
  }
}
