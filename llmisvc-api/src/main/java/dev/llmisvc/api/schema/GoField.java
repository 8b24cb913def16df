package dev.llmisvc.api.schema;

import java.util.Map;
import java.util.Optional;

/**
 * One field of a Go struct: its JSON name, Go name, type, tag flags and patch markers. Its CRD
 * constraints (required, patterns, enums, defaults, CEL rules) are not here: validation reads them
 * from {@code crd-constraints.json}, generated from KServe's CRDs.
 *
 * @param jsonName the JSON key ({@code "-"} for an embedded struct)
 * @param goName the Go field name, as templates address it ({@code URI}, {@code DataRPCPort})
 * @param type the Go type
 * @param omitEmpty the JSON tag has {@code omitempty}
 * @param omitZero the JSON tag has {@code omitzero}
 * @param inline an embedded struct whose fields sit in the parent JSON object
 * @param embedded a Go embedded struct with its own JSON key ({@code metav1.ObjectMeta} under
 *     {@code metadata}): its fields are promoted for templates but not flattened in JSON
 * @param constraints the patch and list markers, by flag name ({@code mergeKey}, {@code strategy},
 *     {@code listType}, {@code listMapKey})
 */
public record GoField(
    String jsonName,
    String goName,
    GoType type,
    boolean omitEmpty,
    boolean omitZero,
    boolean inline,
    boolean embedded,
    Map<String, String> constraints) {

  public GoField {
    constraints = Map.copyOf(constraints);
  }

  /** The value of a marker flag, e.g. {@code constraint("listType")}. */
  public Optional<String> constraint(String name) {
    return Optional.ofNullable(constraints.get(name));
  }

  /** The patch merge key, when the list merges by key in a strategic merge patch. */
  public Optional<String> mergeKey() {
    return constraint("mergeKey");
  }

  /** The patch strategy ({@code merge} or {@code merge,retainKeys}), when there is one. */
  public Optional<String> patchStrategy() {
    return constraint("strategy");
  }

  /** True when Go writes this field even at its zero value (no omitempty and no omitzero). */
  public boolean alwaysSerialised() {
    return !omitEmpty && !omitZero && !inline;
  }

  /** True when the field is a pointer, so an explicit zero ({@code 0}, {@code false}) is kept. */
  public boolean pointer() {
    return type instanceof GoType.Pointer;
  }
}
