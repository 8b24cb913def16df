package dev.llmisvc.render.schema;

/**
 * One violation in a rendered object: the JSON path of the field ({@code
 * spec.template.spec.containers[0].image}, empty for the object itself) and what is wrong with it.
 * Prints like the API server's field errors: {@code spec.leaderWorkerTemplate.size: expected
 * integer, got string}.
 */
record FieldError(String path, String message) {
  /** The path of {@code field} inside the object at {@code parent}. */
  static String child(String parent, String field) {
    if (!field.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
      return parent + "[" + field + "]";
    }
    return parent.isEmpty() ? field : parent + "." + field;
  }

  /** The path of element {@code index} of the array at {@code parent}. */
  static String element(String parent, int index) {
    return parent + "[" + index + "]";
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "<object>" : path) + ": " + message;
  }
}
