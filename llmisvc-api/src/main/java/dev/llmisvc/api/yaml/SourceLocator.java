package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a field path sits in YAML text by streaming through it once more. Needed because some
 * errors are found on a JSON tree (embedded fabric8 objects, trees given by callers), and trees do
 * not remember positions.
 */
final class SourceLocator {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private SourceLocator() {}

  /**
   * Returns the position of the key (or array element) at {@code path} in document {@code document}
   * (0-based) of {@code text}, or the deepest existing parent when the path is not there.
   */
  static Optional<JsonLocation> locate(String text, int document, List<Object> path) {
    JsonPointer target = JsonPointer.empty();
    for (Object segment : path) {
      target =
          segment instanceof Integer index
              ? target.appendIndex(index)
              : target.appendProperty(segment.toString());
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      int depth = 0;
      int doc = -1;
      JsonLocation best = null;
      int bestLength = -1;
      JsonToken token;
      while ((token = p.nextToken()) != null) {
        if (depth == 0) {
          doc++;
        }
        if (doc == document) {
          JsonPointer here = p.getParsingContext().pathAsPointer();
          if (token.isStructStart() && p.getParsingContext().getParent() != null) {
            here = p.getParsingContext().getParent().pathAsPointer();
          }
          String h = here.toString();
          String t = target.toString();
          if (h.equals(t)) {
            return Optional.of(p.currentTokenLocation());
          }
          if (t.startsWith(h + "/") && h.length() > bestLength) {
            best = p.currentTokenLocation();
            bestLength = h.length();
          }
        } else if (doc > document) {
          break;
        }
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        }
      }
      return Optional.ofNullable(best);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
