package dev.llmisvc.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test corpus access: seed files split into documents, each mapped to its model class. */
public final class Seeds {
  private static final Pattern API_VERSION =
      Pattern.compile("(?m)^apiVersion:\\s*serving\\.kserve\\.io/(v1alpha[12])\\s*$");
  private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*(\\w+)\\s*$");

  private Seeds() {}

  /** A document of a seed file. */
  public record Doc(String file, int index, String text) {
    /** The model class named by the document's apiVersion and kind. */
    public Class<?> modelClass() {
      Matcher v = API_VERSION.matcher(text);
      Matcher k = KIND.matcher(text);
      if (!v.find() || !k.find()) {
        throw new IllegalStateException(this + " has no apiVersion/kind");
      }
      try {
        return Class.forName("dev.llmisvc.api." + v.group(1) + "." + k.group(1));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Reads the document into its model class. */
    public Object read() {
      return LlmisvcMapper.read(text, modelClass());
    }

    /** The document as a plain JSON tree (no model involved). */
    public JsonNode tree() {
      try {
        return LlmisvcMapper.yaml().readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return file + "#" + index;
    }
  }

  /** The text of a test resource. */
  public static String text(String resource) {
    try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of a test resource that hold YAML (comment-only parts are skipped). */
  public static List<Doc> docs(String resource) {
    List<Doc> docs = new ArrayList<>();
    for (String part : text(resource).split("(?m)^---\\s*$")) {
      if (part.lines().anyMatch(l -> !l.isBlank() && !l.trim().startsWith("#"))) {
        docs.add(new Doc(resource, docs.size(), part));
      }
    }
    return docs;
  }
}
