package dev.llmisvc.compose.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code src/test/resources/template/*.yaml}. A file holds {@code cases:}, each
 * with a {@code name} and:
 *
 * <ul>
 *   <li>{@code service}: the LLMInferenceService (default: {@code my-llm} in {@code team-a}, model
 *       {@code hf://org/model} named {@code my-model}); {@code global}: GlobalConfig overrides;
 *   <li>either {@code config} (the config object; its metadata defaults to the service's) with
 *       {@code expect} (the whole rendered config), or the shorthand {@code template} (a string put
 *       at {@code spec.annotations.out}) with {@code output} (the rendered string there);
 *   <li>or {@code error} (a substring of the message), optionally {@code fieldPath} and {@code
 *       expression}.
 * </ul>
 */
class TemplateCorpusTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/template").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode doc;
        try (InputStream in = Files.newInputStream(file)) {
          doc = YAML.readTree(in);
        }
        for (JsonNode c : doc.path("cases")) {
          String name = file.getFileName() + ": " + c.path("name").asText();
          tests.add(DynamicTest.dynamicTest(name, () -> run(c)));
        }
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static void run(JsonNode c) throws IOException {
    ObjectNode service =
        c.has("service")
            ? (ObjectNode) c.get("service").deepCopy()
            : (ObjectNode)
                YAML.readTree(
                    "{apiVersion: serving.kserve.io/v1alpha2, kind: LLMInferenceService,"
                        + " metadata: {name: my-llm, namespace: team-a},"
                        + " spec: {model: {uri: 'hf://org/model', name: my-model}}}");
    GlobalConfig global = GlobalConfig.defaults();
    JsonNode g = c.path("global");
    if (g.isObject()) {
      global =
          new GlobalConfig(
              g.path("systemNamespace").asText(global.systemNamespace()),
              g.path("ingressGatewayName").asText(global.ingressGatewayName()),
              g.path("ingressGatewayNamespace").asText(global.ingressGatewayNamespace()),
              g.path("enableTls").asBoolean(global.enableTls()),
              g.path("modelBasedRoutingHeaderName").asText(global.modelBasedRoutingHeaderName()));
    }
    ObjectNode config;
    if (c.has("template")) {
      config = JSON.createObjectNode();
      config.set("metadata", service.path("metadata").deepCopy());
      config.putObject("spec").putObject("annotations").set("out", c.get("template"));
    } else {
      config = (ObjectNode) c.get("config").deepCopy();
      if (!config.has("metadata")) {
        config.set("metadata", service.path("metadata").deepCopy());
      }
    }
    ObjectNode before = config.deepCopy();
    GlobalConfig gc = global;
    if (c.has("error")) {
      assertThatThrownBy(() -> ConfigTemplate.renderWholeText("test-config", config, service, gc))
          .isInstanceOf(TemplateException.class);
      String wholeText = "";
      try {
        ConfigTemplate.renderWholeText("test-config", config, service, gc);
      } catch (TemplateException e) {
        wholeText = e.getMessage();
      }
      String expected = wholeText;
      assertThatThrownBy(() -> ConfigTemplate.render("test-config", config, service, gc))
          .as("the string-by-string path fails as the whole text does")
          .hasMessage(expected);
      assertThatThrownBy(() -> ConfigTemplate.render("test-config", config, service, gc))
          .isInstanceOfSatisfying(
              TemplateException.class,
              e -> {
                assertThat(e.getMessage()).contains(c.get("error").asText());
                assertThat(e.configName()).isEqualTo("test-config");
                if (c.has("fieldPath")) {
                  assertThat(e.fieldPath()).contains(c.get("fieldPath").asText());
                }
                if (c.has("expression")) {
                  assertThat(e.expression()).isEqualTo(c.get("expression").asText());
                }
              });
      return;
    }
    ObjectNode rendered = ConfigTemplate.render("test-config", config, service, global);
    assertThat(config).as("input untouched").isEqualTo(before);
    // the string-by-string path must give what the whole text gives, key order and number types
    // included (the text shows both)
    assertThat(JSON.writeValueAsString(rendered))
        .isEqualTo(
            JSON.writeValueAsString(
                ConfigTemplate.renderWholeText("test-config", config, service, global)));
    if (c.has("output")) {
      assertThat(rendered.path("spec").path("annotations").path("out").asText())
          .isEqualTo(c.get("output").asText());
    } else if (c.has("expect")) {
      // Key order follows Go's struct order in the rendered text; KServe decodes it, so only the
      // tree matters.
      assertThat((JsonNode) rendered)
          .withFailMessage(
              "expected:%n%s%nbut was:%n%s",
              JSON.writeValueAsString(c.get("expect")), JSON.writeValueAsString(rendered))
          .isEqualTo(c.get("expect"));
    } else {
      fail("case has neither output, expect nor error");
    }
  }
}
