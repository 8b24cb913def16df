package dev.llmisvc.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.protobuf.CodedOutputStream;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.expr.CheckedExpr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The checked CEL rules shipped in the jar ({@link CheckedRules}) are exactly what compiling every
 * rule of {@code crd-constraints.json} gives today. After the rules change, run with {@code
 * -Dllmisvc.golden.update=true}: the file is rewritten and this test fails once, so the change is
 * seen before it is committed.
 */
class CheckedRulesTest {
  private static final Path FILE =
      Path.of("src/main/resources").resolve(CheckedRules.RESOURCE.substring(1));

  @Test
  void theShippedTableIsEveryRuleCompiledToday() throws IOException, CelValidationException {
    CompiledSchema.kserve(); // registers every rule of the table
    Map<String, CheckedExpr> expected = new TreeMap<>();
    for (CelRules.Rule r : CelRules.rules()) {
      expected.put(
          r.text, CelProtoAbstractSyntaxTree.fromCelAst(CelRules.compile(r.text)).toCheckedExpr());
    }
    assertThat(expected).hasSizeGreaterThan(60);
    byte[] written = write(expected);
    if (Boolean.getBoolean("llmisvc.golden.update")
        && (!Files.exists(FILE) || !java.util.Arrays.equals(Files.readAllBytes(FILE), written))) {
      Files.createDirectories(FILE.getParent());
      Files.write(FILE, written);
      fail(FILE + " rewritten; check the rule changes, then run again without the flag");
    }
    Map<String, byte[]> shipped = CheckedRules.load();
    assertThat(shipped.keySet())
        .as("rules in %s (regenerate with -Dllmisvc.golden.update=true)", FILE)
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, CheckedExpr> e : expected.entrySet()) {
      assertThat(CheckedExpr.parseFrom(shipped.get(e.getKey())))
          .as("checked form of %s", e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void aRuleFromTheTableIsTheSameProgramAsACompiledOne() throws Exception {
    String text = "has(self.hpa) && has(self.keda)";
    byte[] bytes =
        write(
            Map.of(
                text,
                CelProtoAbstractSyntaxTree.fromCelAst(CelRules.compile(text)).toCheckedExpr()));
    Map<String, byte[]> table = CheckedRules.read(new ByteArrayInputStream(bytes));
    assertThat(
            CelProtoAbstractSyntaxTree.fromCelAst(
                    CelProtoAbstractSyntaxTree.fromCheckedExpr(
                            CheckedExpr.parseFrom(table.get(text)))
                        .getAst())
                .toCheckedExpr())
        .isEqualTo(CelProtoAbstractSyntaxTree.fromCelAst(CelRules.compile(text)).toCheckedExpr());
  }

  /** The file's bytes for {@code rules}: sorted by text, each expression serialized stably. */
  static byte[] write(Map<String, CheckedExpr> rules) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(CheckedRules.MAGIC);
    out.writeInt(rules.size());
    for (Map.Entry<String, CheckedExpr> e : new TreeMap<>(rules).entrySet()) {
      ByteArrayOutputStream one = new ByteArrayOutputStream();
      CodedOutputStream coded = CodedOutputStream.newInstance(one);
      coded.useDeterministicSerialization();
      e.getValue().writeTo(coded);
      coded.flush();
      out.writeUTF(e.getKey());
      out.writeInt(one.size());
      out.write(one.toByteArray());
    }
    out.flush();
    return bytes.toByteArray();
  }
}
