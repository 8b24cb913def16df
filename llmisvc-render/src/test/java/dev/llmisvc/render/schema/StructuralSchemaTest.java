package dev.llmisvc.render.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link StructuralSchema}: a value it accepts, and a value it rejects with the path
 * and message the rule reports (schemas and values in relaxed JSON: single quotes, bare names).
 */
class StructuralSchemaTest {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES);

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("{type: 'integer'}", "3", "'3'", ": expected integer, got string"),
        rule("{type: 'integer'}", "3", "3.5", ": expected integer, got number"),
        rule("{type: 'number'}", "3.5", "true", ": expected number, got boolean"),
        rule("{type: 'boolean'}", "false", "'false'", ": expected boolean, got string"),
        rule("{type: 'string'}", "'a'", "null", ": expected string, got null"),
        rule("{type: 'string', nullable: true}", "null", "1", ": expected string, got integer"),
        rule("{type: 'array'}", "[]", "{}", ": expected array, got object"),
        rule(
            "{type: 'object', properties: {a: {type: 'object', properties: {b: {type:"
                + " 'string'}}}}}",
            "{a: {b: 'x'}}",
            "{a: {b: 'x', c: 1}}",
            "a.c: field not declared in schema"),
        rule(
            "{type: 'object', properties: {a: {type: 'string'}},"
                + " x-kubernetes-preserve-unknown-fields: true}",
            "{a: 'x', b: 1}",
            "{a: 1, b: 1}",
            "a: expected string, got integer"),
        rule(
            "{type: 'object', additionalProperties: {type: 'string'}}",
            "{'app.kubernetes.io/name': 'x'}",
            "{'app.kubernetes.io/name': 1}",
            "[app.kubernetes.io/name]: expected string, got integer"),
        rule(
            "{type: 'object', properties: {a: {type: 'string'}}, required: ['a']}",
            "{a: 'x'}",
            "{}",
            "a: required field missing"),
        rule(
            "{type: 'string', enum: ['Service', 'Gateway']}",
            "'Service'",
            "'Pod'",
            ": unsupported value \"Pod\", expected one of [\"Service\",\"Gateway\"]"),
        rule(
            "{x-kubernetes-int-or-string: true, anyOf: [{type: 'integer'}, {type: 'string'}]}",
            "'50%'",
            "true",
            ": expected integer or string, got boolean"),
        rule(
            "{type: 'integer', format: 'int32'}",
            "2147483647",
            "2147483648",
            ": 2147483648 is out of the int32 range"),
        rule("{type: 'integer', minimum: 1}", "1", "0", ": 0 is less than minimum 1"),
        rule(
            "{type: 'integer', maximum: 65535}",
            "65535",
            "65536",
            ": 65536 is more than maximum 65535"),
        rule("{type: 'array', minItems: 1}", "[1]", "[]", ": has 0 items, fewer than minItems 1"),
        rule(
            "{type: 'array', maxItems: 1, items: {type: 'integer'}}",
            "[1]",
            "[1, 2]",
            ": has 2 items, more than maxItems 1"),
        rule(
            "{type: 'array', items: {type: 'integer'}}",
            "[1]",
            "[1, 'x']",
            "[1]: expected integer, got string"),
        rule("{type: 'string', minLength: 1}", "'a'", "''", ": length 0 is less than minLength 1"),
        rule(
            "{type: 'string', maxLength: 2}",
            "'éé'",
            "'abc'",
            ": length 3 is more than maxLength 2"),
        rule(
            "{type: 'string', pattern: '^[a-z]+$'}",
            "'abc'",
            "'aBc'",
            ": \"aBc\" does not match pattern ^[a-z]+$"),
        rule(
            "{type: 'array', x-kubernetes-list-type: 'map', x-kubernetes-list-map-keys: ['name'],"
                + " items: {type: 'object', properties: {name: {type: 'string'}}}}",
            "[{name: 'a'}, {name: 'b'}]",
            "[{name: 'a'}, {name: 'a'}]",
            "[1]: duplicate entry [\"a\"] in a list of type map"),
        rule(
            "{type: 'object', maxProperties: 1, additionalProperties: {type: 'string'}}",
            "{a: 'x'}",
            "{a: 'x', b: 'y'}",
            ": has 2 fields, more than maxProperties 1"),
        rule(
            "{anyOf: [{type: 'integer'}, {type: 'string'}]}",
            "1",
            "true",
            ": matches none of the schemas in anyOf"),
        rule(
            "{type: 'object', properties: {p: {type: 'object', x-kubernetes-validations: [{rule:"
                + " 'false'}]}}}",
            "{p: {}}",
            "{p: 1}",
            "p: expected object, got integer"));
  }

  private static Arguments rule(String schema, String good, String bad, String error) {
    return Arguments.of(schema, good, bad, error);
  }

  @ParameterizedTest(name = "{0} rejects {2}")
  @MethodSource("rules")
  void eachRuleAcceptsAGoodValueAndReportsABadOneWithItsPath(
      String schema, String good, String bad, String error) throws JsonProcessingException {
    StructuralSchema checker = new StructuralSchema();
    JsonNode s = JSON.readTree(schema);
    assertThat(checker.check(s, JSON.readTree(good), "")).isEmpty();
    assertThat(checker.check(s, JSON.readTree(bad), ""))
        .extracting(FieldError::toString)
        .containsExactly(error.startsWith(":") ? "<object>" + error : error);
  }

  @Test
  void aKeywordItCannotEvaluateIsAnErrorNotAPass() throws JsonProcessingException {
    JsonNode schema = JSON.readTree("{type: 'integer', multipleOf: 2}");
    assertThatThrownBy(() -> new StructuralSchema().check(schema, JSON.readTree("3"), "spec"))
        .hasMessage("schema keyword multipleOf at spec is not supported by this checker");
  }
}
