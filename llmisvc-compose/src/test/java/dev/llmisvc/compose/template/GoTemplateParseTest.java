package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.llmisvc.compose.template.Lexer.Item;
import dev.llmisvc.compose.template.Lexer.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lexer, parser and executor on raw template text (not JSON), at Go's corner cases. */
class GoTemplateParseTest {
  private static final Set<String> FUNCS = Set.copyOf(Funcs.ALL.keySet());

  private static List<String> lex(String text) {
    Lexer l = new Lexer(text);
    List<String> items = new ArrayList<>();
    Item i;
    do {
      i = l.nextItem();
      items.add(i.type() + ":" + i.val());
    } while (i.type() != Type.EOF && i.type() != Type.ERROR);
    return items;
  }

  private static String parsed(String text) {
    return Parser.parse("t", text, FUNCS).toString();
  }

  private static String run(String text) throws Exception {
    ObjectNode svc =
        (ObjectNode)
            new ObjectMapper(new YAMLFactory())
                .readTree(
                    "{metadata: {name: svc, namespace: ns, labels: {a: '1', b: '2'}},"
                        + " spec: {model: {uri: 'hf://o/m', name: m}, baseRefs: [{name: x}, {name: y}]}}");
    return Executor.execute(
        text,
        Parser.parse("t", text, FUNCS),
        GoData.root(svc, GlobalConfig.defaults(), "ns/svc-inference-pool"));
  }

  @Test
  void trimMarkersAroundCommentsRemoveTheSpacesOnBothSides() {
    assertThat(lex("a \t{{- /* c */ -}}\n b"))
        .containsExactly("TEXT:a", "COMMENT:/* c */", "TEXT:b", "EOF:");
  }

  @Test
  void commentWithoutTrimKeepsSpaces() throws Exception {
    assertThat(run("a {{/* c */}} b")).isEqualTo("a  b");
  }

  @Test
  void rawStringMayContainClosingDelimiters() {
    assertThat(lex("{{`}}`}}"))
        .containsExactly("LEFT_DELIM:{{", "RAW_STRING:`}}`", "RIGHT_DELIM:}}", "EOF:");
  }

  @Test
  void dashWithoutSpaceIsANumberNotATrimMarker() {
    assertThat(lex("{{-3}}"))
        .containsExactly("LEFT_DELIM:{{", "NUMBER:-3", "RIGHT_DELIM:}}", "EOF:");
  }

  @Test
  void nestedParenthesesParseAndPrintAsGo() {
    assertThat(parsed("{{ (len (printf `%s` (.A.B) (print 1))) | not }}"))
        .isEqualTo("{{(len (printf `%s` (.A.B) (print 1))) | not}}");
  }

  @Test
  void fieldChainOnAParenthesisedPipeline() {
    assertThat(parsed("{{ (.A).B.C }}")).isEqualTo("{{(.A).B.C}}");
  }

  @Test
  void elseIfChainsNestAsIfInsideElse() {
    assertThat(parsed("{{if .A}}a{{else if .B}}b{{else if .C}}c{{else}}d{{end}}"))
        .isEqualTo(
            "{{if .A}}\"a\"{{else}}{{if .B}}\"b\"{{else}}{{if .C}}\"c\"{{else}}\"d\"{{end}}{{end}}{{end}}");
  }

  @Test
  void elseWithChains() {
    assertThat(parsed("{{with .A}}a{{else with .B}}b{{end}}"))
        .isEqualTo("{{with .A}}\"a\"{{else}}{{with .B}}\"b\"{{end}}{{end}}");
  }

  @Test
  void rangeOverEmptyListRunsElse() throws Exception {
    assertThat(run("{{range .Annotations}}x{{else}}none{{end}}")).isEqualTo("none");
    assertThat(run("{{range .Status.Conditions}}x{{else}}none{{end}}")).isEqualTo("none");
    assertThat(run("{{range 0}}x{{else}}none{{end}}")).isEqualTo("none");
  }

  @Test
  void rangeOverANilPointerIsAnError() {
    assertThatThrownBy(() -> run("{{range .Spec.Worker}}x{{else}}none{{end}}"))
        .hasMessageEndingWith("range can't iterate over <nil>");
  }

  @Test
  void breakAndContinueInsideRange() throws Exception {
    assertThat(
            run(
                "{{range $i, $r := .Spec.BaseRefs}}{{if eq $i 0}}{{continue}}{{end}}{{$r.Name}}{{break}}{{end}}"))
        .isEqualTo("y");
  }

  @Test
  void breakOutsideRangeIsAParseError() {
    assertThatThrownBy(() -> parsed("{{if true}}{{break}}{{end}}"))
        .hasMessage("template: t:1: {{break}} outside {{range}}");
  }

  @Test
  void unclosedActionAndParseErrorLines() {
    assertThatThrownBy(() -> parsed("a\n{{ .A ")).hasMessage("template: t:2: unclosed action");
    assertThatThrownBy(() -> parsed("a\nb\n{{ end }}"))
        .hasMessage("template: t:3: unexpected {{end}}");
  }

  @Test
  void executionErrorsCarryLineAndByteColumn() {
    // the column counts UTF-8 bytes from the line start up to the second field of the chain
    assertThatThrownBy(() -> run("x\né{{ .Spec.Parallelism.Tensor }}"))
        .hasMessage(
            "template: t:2:10: executing \"t\" at <.Spec.Parallelism.Tensor>: nil pointer evaluating *v1alpha2.ParallelismSpec.Tensor");
  }

  @Test
  void variablesScopeToTheirControlBlock() throws Exception {
    assertThat(run("{{$x := 1}}{{range .Spec.BaseRefs}}{{$x = .Name}}{{end}}{{$x}}"))
        .isEqualTo("y");
    assertThatThrownBy(() -> parsed("{{with $y := 1}}{{end}}{{$y}}"))
        .hasMessage("template: t:1: undefined variable \"$y\"");
  }

  @Test
  void rangeOverMapUsesSortedKeysAndDollarStaysTheRoot() throws Exception {
    assertThat(run("{{range $k, $v := .Labels}}{{$k}}{{$v}}{{$.Name}};{{end}}"))
        .isEqualTo("a1svc;b2svc;");
  }

  @Test
  void interpretedStringEscapes() throws Exception {
    assertThat(run("{{ \"a\\tb\\x41\\u00e9\\101\" }}")).isEqualTo("a\tbAéA");
    assertThatThrownBy(() -> parsed("{{ \"\\q\" }}")).hasMessage("template: t:1: invalid syntax");
  }

  @Test
  void defineTemplateAndBlock() throws Exception {
    assertThat(
            run("{{define `n`}}[{{.}}]{{end}}{{template `n` .Name}}{{block `b` 1}}<{{.}}>{{end}}"))
        .isEqualTo("[svc]<1>");
    // in one text, a block cannot be overridden by a define: both are definitions
    assertThatThrownBy(() -> parsed("{{define `b`}}B{{end}}{{block `b` 2}}default{{end}}"))
        .hasMessage("template: t:1: template: multiple definition of template \"b\"");
    assertThat(run("{{define `b`}} {{end}}{{block `b` 2}}default{{end}}")).isEqualTo("default");
    assertThat(parsed("{{template `x` .A}}")).isEqualTo("{{template \"x\" .A}}");
  }

  @Test
  void templatesDoNotInheritVariablesAndReportTheirOwnName() {
    assertThatThrownBy(() -> parsed("{{$x := 1}}{{define `n`}}{{$x}}{{end}}"))
        .hasMessage("template: t:1: undefined variable \"$x\"");
    assertThatThrownBy(() -> run("{{define `n`}}{{.Nope}}{{end}}{{template `n` .Spec}}"))
        .hasMessage(
            "template: t:1:16: executing \"n\" at <.Nope>: can't evaluate field Nope in type"
                + " v1alpha2.LLMInferenceServiceSpec");
    assertThatThrownBy(() -> run("{{template `missing`}}"))
        .hasMessage(
            "template: t:1:11: executing \"t\" at <{{template \"missing\"}}>: template \"missing\" not defined");
    assertThatThrownBy(() -> parsed("{{define `n`}}a{{end}}{{define `n`}}b{{end}}"))
        .hasMessage("template: t:1: template: multiple definition of template \"n\"");
  }

  @Test
  void endlessRecursionStops() {
    assertThatThrownBy(() -> run("{{define `r`}}{{template `r` .}}{{end}}{{template `r` .}}"))
        .hasMessageEndingWith("exceeded maximum template depth (100000)");
  }

  @Test
  void charConstantsAreInts() throws Exception {
    assertThat(run("{{ '\\n' }} {{ 'é' }} {{ printf `%c` 'x' }}")).isEqualTo("10 233 x");
  }
}
