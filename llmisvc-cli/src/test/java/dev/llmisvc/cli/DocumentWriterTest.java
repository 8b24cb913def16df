package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Writing documents one by one gives the bytes of writing them all at once, as before. */
class DocumentWriterTest {

  /** The former writer, verbatim: every document held, then printed at once. */
  static void printAtOnce(
      PrintWriter out, OutputFormat format, List<? extends JsonNode> documents) {
    try {
      if (format == OutputFormat.json) {
        JsonNode value = documents.size() == 1 ? documents.get(0) : list(documents);
        out.println(
            LlmisvcMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(value));
      } else {
        boolean first = true;
        for (JsonNode doc : documents) {
          String yaml = LlmisvcMapper.yaml().writeValueAsString(doc);
          if (!first && !yaml.startsWith("---")) {
            out.println("---");
          }
          out.print(yaml);
          first = false;
        }
      }
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode list(List<? extends JsonNode> items) {
    ObjectNode list = JsonNodeFactory.instance.objectNode();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    ArrayNode array = list.putArray("items");
    items.forEach(array::add);
    return list;
  }

  private static String streamed(OutputFormat format, List<? extends JsonNode> documents) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    DocumentWriter writer = new DocumentWriter(out, format);
    for (JsonNode doc : documents) {
      writer.write(DocumentWriter.text(format, doc));
    }
    writer.finish();
    return text.toString();
  }

  private static String printed(OutputFormat format, List<? extends JsonNode> documents) {
    StringWriter text = new StringWriter();
    DocumentWriter.print(new PrintWriter(text), format, documents);
    return text.toString();
  }

  private static String atOnce(OutputFormat format, List<? extends JsonNode> documents) {
    StringWriter text = new StringWriter();
    printAtOnce(new PrintWriter(text), format, documents);
    return text.toString();
  }

  private static ObjectNode doc(int i) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    d.put("apiVersion", "serving.kserve.io/v1alpha2").put("kind", "LLMInferenceService");
    d.putObject("metadata").put("name", "svc-" + i).putObject("labels");
    ObjectNode spec = d.putObject("spec");
    spec.put("replicas", i).putArray("args").add("a\nb").add("--x=\"y\"").add("");
    spec.putArray("empty");
    spec.putObject("nested").putObject("deeper").putArray("list").addObject().put("k", "v");
    return d;
  }

  @Test
  void yamlAndJsonAreWrittenAsBefore() {
    for (int n = 0; n <= 4; n++) {
      List<ObjectNode> docs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        docs.add(doc(i));
      }
      for (OutputFormat format : List.of(OutputFormat.yaml, OutputFormat.json)) {
        assertThat(printed(format, docs)).as(format + " x" + n).isEqualTo(atOnce(format, docs));
        if (n > 0) {
          // a command that composed nothing prints nothing, as before
          assertThat(streamed(format, docs)).as(format + " x" + n).isEqualTo(atOnce(format, docs));
        }
      }
    }
  }

  @Property(tries = 200)
  void anyDocumentsAreWrittenAsBefore(@ForAll("documents") List<JsonNode> docs) {
    for (OutputFormat format : List.of(OutputFormat.yaml, OutputFormat.json)) {
      assertThat(printed(format, docs)).isEqualTo(atOnce(format, docs));
      assertThat(streamed(format, docs)).isEqualTo(docs.isEmpty() ? "" : atOnce(format, docs));
    }
  }

  @Provide
  Arbitrary<List<JsonNode>> documents() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6);
    Arbitrary<JsonNode> doc =
        Arbitraries.maps(text, text)
            .ofMaxSize(4)
            .map(
                m -> {
                  ObjectNode o = JsonNodeFactory.instance.objectNode();
                  m.forEach((k, v) -> o.putObject(k).put(v, v).putArray("l").add(v).addObject());
                  return o;
                });
    return doc.list().ofMaxSize(4);
  }

  @Test
  void jsonCompactHasTheStructureOfJsonWithoutPrettyPrinting() throws Exception {
    List<ObjectNode> two = List.of(doc(1), doc(2));
    String compact = streamed(OutputFormat.jsonCompact, two);
    assertThat(compact).endsWith("}" + System.lineSeparator()).doesNotContain("\n ");
    assertThat(compact.lines()).hasSize(1);
    assertThat(compact).startsWith("{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[{");
    assertThat(LlmisvcMapper.json().readTree(compact))
        .isEqualTo(LlmisvcMapper.json().readTree(streamed(OutputFormat.json, two)));
    String one = streamed(OutputFormat.jsonCompact, List.of(doc(1)));
    assertThat(LlmisvcMapper.json().readTree(one)).isEqualTo(doc(1));
    assertThat(one.lines()).hasSize(1);
    assertThat(streamed(OutputFormat.jsonCompact, List.of())).isEmpty();
  }

  @Test
  void everyCommandWithOutputAcceptsJsonCompact() {
    CliRun merge =
        CliRun.of(
            "merge",
            "-o",
            "json-compact",
            "src/test/resources/merge/base.yaml",
            "src/test/resources/merge/override.yaml");
    assertThat(merge.exitCode()).isZero();
    assertThat(merge.out().lines()).hasSize(1);
    CliRun compose =
        CliRun.of(
            "compose",
            "-o",
            "json-compact",
            "-f",
            "src/test/resources/compose/fleet.yaml",
            "--config",
            "src/test/resources/compose/gpu-profile.yaml");
    assertThat(compose.out().lines()).hasSize(1);
    assertThat(compose.out()).startsWith("{\"apiVersion\":\"serving.kserve.io/v1alpha1\"");
    CliRun wrong = CliRun.of("merge", "-o", "xml", "src/test/resources/merge/base.yaml");
    assertThat(wrong.exitCode()).isEqualTo(Main.USAGE);
    assertThat(wrong.err()).contains("yaml, json, json-compact");
    assertThat(CliRun.of("compose", "--help").out()).contains("yaml, json, json-compact");
  }
}
