package dev.llmisvc.api.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Go struct of the table, with its fields in declaration order.
 *
 * <p>Embedded ({@code inline}) structs are kept as fields; {@link #field(String)} and {@link
 * #jsonFields()} look through them the way Go's JSON encoder does.
 *
 * <p>Immutable once its {@link GoSchema} is built: the indexes by JSON and Go name are computed in
 * the schema's constructor, before the schema is published, so lookups take no lock.
 */
public final class GoStruct {
  private final String name;
  private final List<GoField> fields;
  private Map<String, GoField> byJson;
  private List<GoField> jsonFields;
  private Map<String, GoField> byGo;
  private GoSchema schema;

  GoStruct(String name, List<GoField> fields) {
    this.name = name;
    this.fields = List.copyOf(fields);
  }

  void link(GoSchema schema) {
    this.schema = schema;
  }

  /**
   * Builds both indexes; the schema calls it for every struct in its constructor, after linking
   * them all, so that no index is built (or locked) later.
   */
  void index() {
    jsonIndex();
    goIndex();
  }

  /** The qualified name, e.g. {@code v1alpha2.WorkloadSpec}. */
  public String name() {
    return name;
  }

  /** The declared fields, embedded structs included as single fields. */
  public List<GoField> fields() {
    return fields;
  }

  /** The field a JSON key maps to, looking through embedded structs. */
  public Optional<GoField> field(String jsonName) {
    return Optional.ofNullable(jsonIndex().get(jsonName));
  }

  /** The field with a Go name, looking through embedded structs (promoted fields). */
  public Optional<GoField> goField(String goName) {
    return Optional.ofNullable(goIndex().get(goName));
  }

  /** Every JSON-visible field in declaration order, embedded structs flattened. */
  public List<GoField> jsonFields() {
    jsonIndex();
    return jsonFields;
  }

  /**
   * The index by JSON name. Built by {@link #index()} while the schema is constructed (on the
   * constructing thread, embedded structs first as needed); afterwards only read.
   */
  private Map<String, GoField> jsonIndex() {
    if (byJson == null) {
      Map<String, GoField> m = new LinkedHashMap<>();
      for (GoField f : fields) {
        if (f.inline()) {
          for (GoField inner : embedded(f).jsonFields()) {
            m.putIfAbsent(inner.jsonName(), inner);
          }
        } else {
          m.put(f.jsonName(), f);
        }
      }
      jsonFields = List.copyOf(m.values());
      byJson = Collections.unmodifiableMap(m);
    }
    return byJson;
  }

  /** The index by Go name, built like {@link #jsonIndex()}. */
  private Map<String, GoField> goIndex() {
    if (byGo == null) {
      Map<String, GoField> m = new LinkedHashMap<>();
      List<GoField> promoted = new ArrayList<>();
      for (GoField f : fields) {
        m.put(f.goName(), f);
        if (f.inline() || f.embedded()) {
          promoted.addAll(embedded(f).fields());
        }
      }
      for (GoField f : promoted) {
        m.putIfAbsent(f.goName(), f);
      }
      byGo = Collections.unmodifiableMap(m);
    }
    return byGo;
  }

  private GoStruct embedded(GoField f) {
    return schema
        .structOf(f.type())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name + "." + f.goName() + " embeds an unknown struct " + f.type()));
  }

  @Override
  public String toString() {
    return name;
  }
}
