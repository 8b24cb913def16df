package dev.llmisvc.api.validation;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.expr.CheckedExpr;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The CRDs' CEL rules, parsed and type-checked at build time: {@value #RESOURCE} holds each rule's
 * text with its checked expression (cel-spec's {@code CheckedExpr}, serialized). A cold JVM then
 * builds a rule's program from it in about a millisecond, instead of setting up CEL's compiler and
 * compiling the rule (about 0.5 s for the first rules, 20 ms for each next one). {@code
 * CheckedRulesTest} compiles every rule of {@code crd-constraints.json} and fails when this file
 * differs; it rewrites the file with {@code -Dllmisvc.golden.update=true}.
 *
 * <p>Format: the magic {@code LLMISVC-CEL-1}, a count, then per rule its text (modified UTF-8, as
 * {@link java.io.DataOutput#writeUTF}) and its serialized {@code CheckedExpr} (length, bytes).
 */
final class CheckedRules {
  static final String RESOURCE = "/dev/llmisvc/api/validation/cel-checked-rules.bin";
  static final String MAGIC = "LLMISVC-CEL-1";

  private CheckedRules() {}

  private static final class Table {
    static final Map<String, byte[]> RULES = loadOrNone();

    private Table() {}

    /** A damaged table (a packaging bug) costs speed only: every rule is compiled instead. */
    private static Map<String, byte[]> loadOrNone() {
      try {
        return load();
      } catch (UncheckedIOException e) {
        return Map.of();
      }
    }
  }

  /**
   * The checked syntax tree of a rule, or {@code null} when the jar does not have it (the caller
   * compiles it then).
   */
  static CelAbstractSyntaxTree get(String text) {
    byte[] checked = Table.RULES.get(text);
    if (checked == null) {
      return null;
    }
    try {
      return CelProtoAbstractSyntaxTree.fromCheckedExpr(CheckedExpr.parseFrom(checked)).getAst();
    } catch (IOException e) {
      return null; // a damaged entry: compile the rule instead
    }
  }

  /** The table as shipped: rule text to serialized {@code CheckedExpr}. */
  static Map<String, byte[]> load() {
    try (InputStream in = CheckedRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }

  static Map<String, byte[]> read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (!data.readUTF().equals(MAGIC)) {
      throw new IOException(RESOURCE + ": not a table of checked CEL rules");
    }
    int n = data.readInt();
    Map<String, byte[]> rules = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String text = data.readUTF();
      byte[] checked = new byte[data.readInt()];
      data.readFully(checked);
      rules.put(text, checked);
    }
    return rules;
  }
}
