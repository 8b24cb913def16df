package dev.llmisvc.api.convert;

import com.fasterxml.jackson.databind.JsonNode;

/** The two served versions of {@code serving.kserve.io}. */
public enum ApiVersion {
  /** {@code serving.kserve.io/v1alpha1}: served, not stored; the conversion spoke. */
  V1ALPHA1("v1alpha1"),
  /** {@code serving.kserve.io/v1alpha2}: the storage version and conversion hub. */
  V1ALPHA2("v1alpha2");

  /** The API group. */
  public static final String GROUP = "serving.kserve.io";

  private final String name;

  ApiVersion(String name) {
    this.name = name;
  }

  /** The version name, {@code v1alpha1} or {@code v1alpha2}. */
  public String versionName() {
    return name;
  }

  /** The full {@code apiVersion} value, e.g. {@code serving.kserve.io/v1alpha2}. */
  public String apiVersion() {
    return GROUP + "/" + name;
  }

  /**
   * The version of a resource tree, read from its {@code apiVersion}.
   *
   * @throws IllegalArgumentException when {@code apiVersion} is not one of the two versions
   */
  public static ApiVersion of(JsonNode resource) {
    JsonNode v = resource.get("apiVersion");
    String text = v == null ? "" : v.asText();
    for (ApiVersion a : values()) {
      if (a.apiVersion().equals(text)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "apiVersion "
            + (text.isEmpty() ? "(missing)" : "\"" + text + "\"")
            + " is not serving.kserve.io/v1alpha1 or serving.kserve.io/v1alpha2");
  }
}
