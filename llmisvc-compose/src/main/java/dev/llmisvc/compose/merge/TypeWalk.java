package dev.llmisvc.compose.merge;

import dev.llmisvc.api.schema.GoField;
import dev.llmisvc.api.schema.GoSchema;
import dev.llmisvc.api.schema.GoStruct;
import dev.llmisvc.api.schema.GoType;
import java.util.Optional;

/**
 * Follows a JSON path through the {@link GoSchema}, the way apimachinery's {@code
 * PatchMetaFromStruct} looks up the Go field behind each key.
 */
final class TypeWalk {
  /**
   * Where a JSON value sits: its Go type (empty when the table does not know it) and the struct
   * field it came from (for the patch tags of a list).
   */
  record Position(Optional<GoType> type, Optional<GoField> field) {
    static final Position UNKNOWN = new Position(Optional.empty(), Optional.empty());

    /** The merge key, when the list at this position merges by key. */
    Optional<String> mergeKey() {
      return mergesByKey() ? field.flatMap(GoField::mergeKey) : Optional.empty();
    }

    /** True when the field's patch strategy is {@code merge} (with or without retainKeys). */
    boolean mergesByKey() {
      return field.flatMap(GoField::patchStrategy).map(s -> s.startsWith("merge")).orElse(false);
    }

    /** True for {@code strategy=merge,retainKeys}. */
    boolean retainsKeys() {
      return field.flatMap(GoField::patchStrategy).map(s -> s.contains("retainKeys")).orElse(false);
    }

    /** The Go name of a type whose JSON fields cannot be looked up (RawExtension, JSON). */
    Optional<String> opaqueStruct() {
      return type.map(GoType::dereferenced)
          .filter(t -> t instanceof GoType.Special s && isOpaque(s.name()))
          .map(Object::toString);
    }

    private static boolean isOpaque(String name) {
      return name.equals("RawExtension") || name.equals("JSON");
    }
  }

  private final GoSchema schema;
  private final GoStruct root;

  TypeWalk(GoSchema schema, GoStruct root) {
    this.schema = schema;
    this.root = root;
  }

  GoSchema schema() {
    return schema;
  }

  GoStruct rootStruct() {
    return root;
  }

  Position root() {
    return new Position(Optional.of(new GoType.Named(root.name())), Optional.empty());
  }

  /** The position of {@code key} inside the object at {@code at}. */
  Position member(Position at, String key) {
    if (at.type().isEmpty()) {
      return Position.UNKNOWN;
    }
    GoType t = at.type().get().dereferenced();
    if (t instanceof GoType.MapOf m) {
      return new Position(Optional.of(m.element()), Optional.empty());
    }
    return struct(at)
        .flatMap(s -> s.field(key))
        .map(f -> new Position(Optional.of(f.type()), Optional.of(f)))
        .orElse(Position.UNKNOWN);
  }

  /** The position of an item of the list at {@code at}. */
  Position element(Position at) {
    return at.type()
        .map(GoType::dereferenced)
        .filter(t -> t instanceof GoType.Slice)
        .map(t -> new Position(Optional.of(((GoType.Slice) t).element()), Optional.empty()))
        .orElse(Position.UNKNOWN);
  }

  /** The struct at {@code at}, when the table has it. */
  Optional<GoStruct> struct(Position at) {
    return at.type().flatMap(schema::structOf);
  }
}
