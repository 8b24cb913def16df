package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The string-by-string path against the whole-text path it stands in for: the same tree (key order
 * and number types included) or the same error, and the fallback taken exactly where a string alone
 * cannot say what the whole text does.
 */
class StringTemplatesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SERVICE =
      "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService,"
          + " metadata: {name: my-llm, namespace: team-a, labels: {team: a}},"
          + " spec: {model: {uri: 'hf://org/model', name: my-model}, replicas: 3}}";

  private static ObjectNode service() throws IOException {
    return (ObjectNode) YAML.readTree(SERVICE);
  }

  private static ObjectNode config(String specYaml) throws IOException {
    ObjectNode config = JSON.createObjectNode();
    config.putObject("metadata").put("name", "my-llm").put("namespace", "team-a");
    config.set("spec", YAML.readTree(specYaml));
    return config;
  }

  /** Both paths, compared; returns whether the fast path answered alone. */
  private static boolean sameAsWholeText(ObjectNode config) throws IOException {
    ObjectNode service = service();
    GlobalConfig global = GlobalConfig.defaults();
    ObjectNode before = config.deepCopy();
    String whole;
    try {
      whole = JSON.writeValueAsString(ConfigTemplate.renderWholeText("c", config, service, global));
    } catch (TemplateException e) {
      whole = "error: " + e.getMessage();
    }
    String viaRender;
    try {
      viaRender = JSON.writeValueAsString(ConfigTemplate.render("c", config, service, global));
    } catch (TemplateException e) {
      viaRender = "error: " + e.getMessage();
    }
    assertThat(viaRender).isEqualTo(whole);
    assertThat(config).as("input untouched").isEqualTo(before);
    ObjectNode fast =
        StringTemplates.render(
            config,
            () ->
                GoData.root(
                    service, global, ConfigTemplate.inferencePoolNamespacedName(config, service)));
    if (fast != null) {
      assertThat(JSON.writeValueAsString(fast)).isEqualTo(whole);
    }
    return fast != null;
  }

  @Test
  void presetLikeStringsTakeTheFastPath() throws IOException {
    assertThat(
            sameAsWholeText(
                config(
                    "{template: {containers: [{name: main, image: 'vllm:{{ .Spec.Replicas }}',"
                        + " args: ['--served-model-name={{ .Spec.Model.Name }}',"
                        + " '{{ if .GlobalConfig.EnableTLS }}--ssl{{ else }}--plain{{ end }}'],"
                        + " env: [{name: NS, value: '{{ .ObjectMeta.Namespace }}'}]}]},"
                        + " router: {route: {http: {spec: {parentRefs: [{name:"
                        + " '{{ .GlobalConfig.IngressGatewayName }}'}]}}}}}")))
        .isTrue();
  }

  @Test
  void aConfigAlreadyInGosOrderIsCheckedNotRebuilt() throws IOException {
    // declaration order (model before template; name before image), no nulls, plain numbers
    ObjectNode ordered =
        config(
            "{model: {uri: 'hf://a/b', name: m}, replicas: 2, template: {containers: [{name:"
                + " main, image: 'vllm:{{ .Spec.Replicas }}', args: ['--x={{ .Name }}']}]}}");
    assertThat(StringTemplates.readsBackAsItIs(ordered)).isTrue();
    assertThat(sameAsWholeText(ordered)).isTrue();
    // the same content out of Go's order, with a null and a float that reads back as an int:
    // rebuilt, and still the same answer as the whole text
    for (String spec :
        List.of(
            "{template: {containers: [{image: 'vllm:{{ .Spec.Replicas }}', name: main}]}, model:"
                + " {uri: 'hf://a/b'}}",
            "{model: {uri: 'hf://a/b', name: null}, replicas: 2}",
            "{model: {uri: 'hf://a/b'}, annotations: {b: '{{ .Name }}', a: x}}",
            "{model: {uri: 'hf://a/b'}, unknownKey: {x: 1.0}}")) {
      ObjectNode config = config(spec);
      assertThat(StringTemplates.readsBackAsItIs(config)).as(spec).isFalse();
      assertThat(sameAsWholeText(config)).as(spec).isTrue();
    }
  }

  @Test
  void goEncodingIsReproducedWithoutTemplates() throws IOException {
    // key order (Go declaration order, sorted map keys), canonical quantities, dropped nulls,
    // floats in Go's form, unknown keys kept, escapes read back
    assertThat(
            sameAsWholeText(
                config(
                    "{replicas: 2, annotations: {z: '1', a: 'x<y>&z', m: null, u: \"\\u2028\"},"
                        + " unknownKey: {b: 1.0, a: 1e6, c: 12345678901, d: 123456789012345678901,"
                        + " e: -0.0, f: 2.5e-5, g: true, h: [null, 1, 'two']},"
                        + " template: {containers: [{resources: {limits: {cpu: 1000m, memory:"
                        + " 1024Mi}}, name: main, image: img}]}, model: {uri: 'hf://a/b'}}")))
        .isTrue();
  }

  @Test
  void aLoneSurrogateReadsBackAsTheReplacementCharacter() throws IOException {
    ObjectNode config = config("{annotations: {}}");
    ((ObjectNode) config.path("spec").path("annotations")).put("a", "x\ud800y");
    ((ObjectNode) config.path("spec").path("annotations")).put("b", "{{ .Spec.Replicas }}\udc00");
    assertThat(sameAsWholeText(config)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an if spanning two strings
        "{annotations: {a: '{{ if true }}x', b: 'y{{ end }}'}}",
        // a variable declared in one string, used in the next
        "{annotations: {a: '{{ $x := 1 }}', b: '{{ $x }}'}}",
        // a define in one string, called from another
        "{annotations: {a: '{{ define \"t\" }}T{{ end }}', b: '{{ template \"t\" }}'}}",
        // a templated map key
        "{annotations: {'{{ .Spec.Model.Name }}': v}}",
        // an action whose output splices JSON (a quote)
        "{annotations: {a: '{{ printf `%c` 34 }}'}}",
        // a missing key: an execution error, reported by the whole text with its position
        "{annotations: {a: '{{ .Spec.Nope }}'}}",
        // a parse error
        "{annotations: {a: '{{ .Spec.Model.Name '}}",
        // a comment opened in one string and closed in another
        "{annotations: {a: '{{/* x', b: '*/}}'}}",
      })
  void whatOneStringCannotDecideGoesToTheWholeText(String spec) throws IOException {
    assertThat(sameAsWholeText(config(spec))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a variable declared and used in the same string
        "{annotations: {a: '{{ $x := .Spec.Replicas }}{{ $x }}', b: '{{ $x := 2 }}{{ $x }}'}}",
        // output with a backslash escape: read as JSON, like the whole text
        "{annotations: {a: '{{ printf `%s` `a\\u0041` }}'}}",
        // trim markers stop at the string's quotes
        "{annotations: {a: '  {{- .Spec.Model.Name -}}  '}}",
        // range and break inside one string
        "{annotations: {a: '{{ range $k, $v := .ObjectMeta.Labels }}{{ $k }}={{ $v }}{{ break }}"
            + "{{ end }}'}}",
      })
  void selfContainedStringsStayOnTheFastPath(String spec) throws IOException {
    assertThat(sameAsWholeText(config(spec))).isTrue();
  }

  @Property(tries = 300)
  void anyMixOfFragmentsGivesWhatTheWholeTextGives(
      @ForAll("values") List<String> values, @ForAll("text") String key) throws IOException {
    ObjectNode config = config("{annotations: {}, template: {containers: [{name: main}]}}");
    ObjectNode annotations = (ObjectNode) config.path("spec").path("annotations");
    for (int i = 0; i < values.size(); i++) {
      annotations.put("k" + i, values.get(i));
    }
    annotations.put(key.isEmpty() ? "empty" : key, "v");
    ObjectNode main = (ObjectNode) config.path("spec").path("template").path("containers").get(0);
    main.putArray("args").add(values.isEmpty() ? "x" : values.get(0));
    sameAsWholeText(config);
  }

  @Provide
  Arbitrary<List<String>> values() {
    return text().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> fragment =
        Arbitraries.of(
            "{{",
            "}}",
            "{{ .Spec.Replicas }}",
            "{{ .ObjectMeta.Name }}",
            "{{- ",
            " -}}",
            "{{ if true }}",
            "{{ else }}",
            "{{ end }}",
            "{{ $x := 1 }}",
            "{{ $x }}",
            "{{ define \"t\" }}",
            "{{ template \"t\" }}",
            "{{/* c */}}",
            "{{ printf `%c` 34 }}",
            "{{ printf `%s` `\\n` }}",
            "{{ .Spec.Nope }}",
            "{{ .GlobalConfig.SystemNamespace }}",
            "`",
            "\"",
            "\\",
            "<&>",
            " ",
            "x",
            "\n",
            "\u2028",
            "é");
    return fragment.list().ofMaxSize(6).map(l -> String.join("", l));
  }

  @Test
  void decodeReadsOnlyExactlyOneString() {
    assertThat(StringTemplates.decode("plain")).isEqualTo("plain");
    assertThat(StringTemplates.decode("a\\nb")).isEqualTo("a\nb");
    assertThat(StringTemplates.decode("a\\u003cb")).isEqualTo("a<b");
    assertThat(StringTemplates.decode("a\"b")).isNull();
    assertThat(StringTemplates.decode("a\",\"b")).isNull();
    assertThat(StringTemplates.decode("a\nb")).isNull();
    assertThat(StringTemplates.decode("a\\")).isNull();
  }
}
