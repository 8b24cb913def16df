package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Templates that would run without end or fill the heap stop with a template error within a few
 * seconds: an output bound, a step bound, Go's own width and precision bounds in {@code printf},
 * Go's parenthesis depth, and a bound on nesting the parser cannot follow.
 */
@Timeout(60)
class ExecutionBoundsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode render(String template) throws IOException {
    ObjectNode service =
        (ObjectNode)
            YAML.readTree(
                "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService,"
                    + " metadata: {name: my-llm, namespace: team-a},"
                    + " spec: {model: {uri: 'hf://org/model', name: my-model}}}");
    ObjectNode config = JSON.createObjectNode();
    config.set("metadata", service.get("metadata").deepCopy());
    config.putObject("spec").putObject("annotations").put("out", template);
    return ConfigTemplate.render("bounded", config, service, GlobalConfig.defaults());
  }

  private static String out(String template) throws IOException {
    return render(template).path("spec").path("annotations").path("out").asText();
  }

  @Test
  void nestedTemplatesThatMultiplyTheirOutputStopAtTheOutputBound() {
    // ten levels, each calling the one below ten times: 10^10 characters
    StringBuilder t = new StringBuilder("{{define `l0`}}x{{end}}");
    for (int level = 1; level <= 10; level++) {
      t.append("{{define `l").append(level).append("`}}");
      t.append(("{{template `l" + (level - 1) + "`}}").repeat(10));
      t.append("{{end}}");
    }
    t.append("{{template `l10`}}");
    long start = System.nanoTime();
    assertThatThrownBy(() -> out(t.toString()))
        .isInstanceOf(TemplateException.class)
        // whichever bound comes first: a character per step here
        .hasMessageContaining("llmisvc's bound on template execution");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aRangeOverAHugeIntegerStopsAtTheStepBound() {
    assertThatThrownBy(() -> out("{{ range 100000000000 }}{{ end }}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("exceeded the limit of " + Executor.MAX_STEPS + " steps");
  }

  @Test
  void variablesThatDoubleAStringStopAtTheResultBound() {
    StringBuilder t = new StringBuilder("{{ $x := printf `%999999d` 1 }}");
    for (int i = 0; i < 40; i++) {
      t.append("{{ $x = printf `%s%s` $x $x }}");
    }
    assertThatThrownBy(() -> out(t.toString()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("error calling printf: result exceeds");
  }

  @Test
  void printfRefusesWidthsAndPrecisionsPastAMillionAsGoDoes() throws IOException {
    assertThat(out("{{ printf `%*d` 1000000000 7 }}")).isEqualTo("%!(BADWIDTH)7");
    assertThat(out("{{ printf `%.*f` 1000000000 1.5 }}")).isEqualTo("%!(BADPREC)1.500000");
    assertThat(out("{{ printf `%.*d` -1 7 }}")).isEqualTo("%!(BADPREC)7");
    assertThat(out("{{ printf `%*d` 1.5 7 }}")).isEqualTo("%!(BADWIDTH)7");
    assertThat(out("{{ printf `%*d` -3 7 }}")).isEqualTo("7  ");
    // a literal width that grows past a million before its last digit: Go skips to the end
    assertThat(out("{{ printf `%99999999d` 7 }}")).isEqualTo("%!(NOVERB)%!(EXTRA int=7)");
  }

  @Test
  void parenthesesNestedPastGosDepthAreAnError() throws IOException {
    // Go refuses 10,000 levels ("max expression depth exceeded"); the JVM's stack may end sooner,
    // which is a parse error too
    String deep = "{{ " + "(".repeat(10001) + "1" + ")".repeat(10001) + " }}";
    assertThatThrownBy(() -> out(deep))
        .isInstanceOf(TemplateException.class)
        .message()
        .containsAnyOf("max expression depth exceeded", "nested too deeply");
    assertThat(out("{{ " + "(".repeat(100) + "1" + ")".repeat(100) + " }}")).isEqualTo("1");
  }

  @Test
  void anOutputPastTheBoundIsAnError() {
    // few steps, much output: a sixteenth of the bound per action
    String action = "{{ printf `%999999d` 1 }}";
    assertThatThrownBy(() -> out(action.repeat(20)))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("output exceeds " + Executor.MAX_OUTPUT + " characters");
  }

  @Test
  void blocksNestedBeyondWhatTheParserFollowsAreAnError() {
    String deep = "{{ if true }}".repeat(200_000) + "{{ end }}".repeat(200_000);
    assertThatThrownBy(() -> out(deep))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("nested too deeply");
  }
}
