package dev.llmisvc.api.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The character-level quoting decision gives exactly the answer of the former implementation, which
 * read every string back with a YAML parser; that implementation is kept here as the oracle.
 */
class PlainScalarQuotingTest {
  private static final PlainScalarQuoting FAST = new PlainScalarQuoting();

  /** The former implementation, verbatim: Jackson's check, then a read-back. */
  static final class ReadBackOracle extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper READ_BACK = new ObjectMapper(new YAMLFactory());

    @Override
    public boolean needToQuoteValue(String value) {
      if (super.needToQuoteValue(value)) {
        return true;
      }
      try {
        JsonNode back = READ_BACK.readTree(value);
        return back == null || !back.isTextual() || !back.textValue().equals(value);
      } catch (IOException e) {
        return true;
      }
    }
  }

  private static final ReadBackOracle ORACLE = new ReadBackOracle();

  private static boolean oracle(String value) {
    try {
      return ORACLE.needToQuoteValue(value);
    } catch (RuntimeException e) {
      // the former implementation failed on such a string (the writer with it); quoting is the
      // only answer that keeps the string a string
      return true;
    }
  }

  private static final List<String> WORDS =
      List.of(
          "y",
          "Y",
          "n",
          "N",
          "yes",
          "Yes",
          "YES",
          "yEs",
          "no",
          "No",
          "NO",
          "nO",
          "on",
          "On",
          "ON",
          "oN",
          "off",
          "Off",
          "OFF",
          "oFf",
          "true",
          "True",
          "TRUE",
          "tRUE",
          "false",
          "False",
          "FALSE",
          "fAlse",
          "null",
          "Null",
          "NULL",
          "nULL",
          "~",
          "<<",
          "=",
          "0E0",
          "5e9",
          "5E+9",
          "1e-3",
          "1_000",
          "1__0",
          "_1",
          "0x1F",
          "0X1F",
          "0x_",
          "0xg",
          "0o17",
          "012",
          "019",
          "0_7",
          "08",
          "0b101",
          "0b",
          "0b_",
          "0b2",
          "0",
          "-0",
          "+0",
          "00",
          ".5",
          "5.",
          "1.5",
          "1.2.3",
          "1_0.5",
          "+.inf",
          "-.Inf",
          ".INF",
          ".inf",
          ".NaN",
          ".nan",
          ".NAN",
          "+.nan",
          "1:20",
          "190:20:30.15",
          "-1:20",
          "+1:20",
          "1:60",
          "1:5:9",
          "0:20",
          "1:20:",
          "2001-12-14",
          "2001-12-14t21:59:43.10-05:00",
          "2001-12-14 21:59:43.10 -5",
          "2002-12-14",
          "1_",
          "+",
          "-",
          ".",
          "...",
          "---",
          "--- a",
          "...a",
          "---a",
          "- a",
          "-a",
          "-1",
          "+1",
          "-_1",
          "?",
          "? a",
          "?a",
          ":",
          ":a",
          "a:",
          "a:b",
          "a: b",
          "a :b",
          "#a",
          "a#b",
          "a #b",
          "&a",
          "&a b",
          "*a",
          "!a",
          "!!str a",
          "! a",
          "|",
          "|-",
          ">",
          ">a",
          "'a'",
          "\"a\"",
          "%YAML 1.1",
          "%a",
          "@a",
          "`a",
          "a,b",
          "[a]",
          "{a}",
          "a]",
          " a",
          "a ",
          " ",
          "  ",
          "a  b",
          "a b",
          "\t",
          "a\tb",
          "a\t",
          "\ta",
          "a\nb",
          "a\n",
          "\n",
          "a\rb",
          "a\r\nb",
          "\u0085",
          "a\u2028b",
          "a\u2029",
          "\uFEFFa",
          "a\uFEFF",
          "\u00A0",
          "a\u00A0",
          "é",
          "日本語",
          "\uD83D\uDE00",
          "\uD83D",
          "\u0000",
          "a\u0001",
          "\u007F",
          "a\u007Fb",
          "\uFFFE",
          "\uFFFD",
          "0.",
          "-.",
          "+.",
          "._1",
          "1e5",
          "1.0e5",
          "1.0e+5",
          "1.0E-5",
          "1_000.000_1",
          "6.8523015e+5",
          "685.230_15e+03",
          "685_230.15",
          "-0.0",
          "1:20.5",
          "0x",
          "0o",
          "abc",
          "a-b",
          "null?",
          "Nulls",
          "yes!",
          "ON ",
          "true ",
          "0E0 ",
          "v1",
          "100m",
          "4Gi",
          "1Gi",
          "8000",
          "3",
          "-10",
          "+12",
          "1.0",
          "hf://meta-llama/Llama-3.1-8B-Instruct",
          "--port=8000",
          "--",
          "-- a",
          "a --- b");

  @Test
  void agreesWithTheReadBackOnTrickyStrings() {
    List<String> wrong = new ArrayList<>();
    for (String s : WORDS) {
      if (FAST.needToQuoteValue(s) != oracle(s)) {
        wrong.add(s);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void agreesWithTheReadBackOnStringsBeyondTheReadersLimits() {
    for (String s : List.of("a".repeat(4 << 20), "1".repeat(2000), "1:" + "2".repeat(2000))) {
      assertThat(FAST.needToQuoteValue(s)).as("%.20s...", s).isEqualTo(oracle(s));
    }
  }

  @Test
  void quotesWhatWouldReadBackAsSomethingElse() {
    Map<String, Boolean> expected =
        Map.ofEntries(
            Map.entry("0E0", true),
            Map.entry("5e9", true),
            Map.entry("1_000", true),
            Map.entry("012", true),
            Map.entry("0b101", true),
            Map.entry("0x1F", true),
            Map.entry(".5", true),
            Map.entry("+.inf", true),
            Map.entry(".NaN", true),
            Map.entry("~", true),
            Map.entry("Null", true),
            Map.entry("ON", true),
            Map.entry("y", true),
            Map.entry(" a", true),
            Map.entry("a ", true),
            Map.entry("- a", true),
            Map.entry("&a", true),
            Map.entry("0o17", false),
            Map.entry("1:20", false),
            Map.entry("2001-12-14", false),
            Map.entry("<<", false),
            Map.entry("a:b", false),
            Map.entry("v1", false),
            Map.entry("4Gi", false),
            Map.entry("日本語", false));
    expected.forEach((s, quote) -> assertThat(FAST.needToQuoteValue(s)).as(s).isEqualTo(quote));
  }

  @Property(tries = 3000)
  void agreesWithTheReadBack(@ForAll("yamlish") String s) {
    assertThat(FAST.needToQuoteValue(s)).as("%s", s).isEqualTo(oracle(s));
  }

  @Property(tries = 1000)
  void agreesWithTheReadBackOnAnyString(@ForAll String s) {
    assertThat(FAST.needToQuoteValue(s)).as("%s", s).isEqualTo(oracle(s));
  }

  @Property(tries = 3000)
  void agreesWithTheReadBackOnOneLineStrings(@ForAll("oneLine") String s) {
    // no line breaks, tabs or control characters: answered by the character-level path alone
    assertThat(FAST.needToQuoteValue(s)).as("%s", s).isEqualTo(oracle(s));
  }

  @Provide
  Arbitrary<String> oneLine() {
    return yamlish().filter(s -> s.chars().allMatch(c -> c >= ' ' && c != 0x7F && c != 0x85));
  }

  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            word,
            Arbitraries.of(
                "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"",
                "%", "@", "`", ": ", " #", " ", "  ", "\t", "\n", "\r", ".", "_", "e", "E", "+",
                "0", "x", "b", "o", "inf", "nan", "---", "...", "é", "\u2028", "\u00A0"),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4),
            Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(2));
    return piece.list().ofMinSize(0).ofMaxSize(4).map(l -> String.join("", l));
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<String> wrong = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    for (String s : WORDS) {
                      if (FAST.needToQuoteValue(s) != oracle(s)) {
                        wrong.add(s);
                      }
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEmpty();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theYamlWriterGivesTheSameTextFromSeveralThreads() throws Exception {
    Map<String, Object> value =
        Map.of("values", WORDS.stream().filter(w -> !w.contains("\uD83D")).toList());
    String expected = LlmisvcMapper.writeYaml(value);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> same = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        same.add(pool.submit(() -> LlmisvcMapper.writeYaml(value).equals(expected)));
      }
      for (Future<Boolean> f : same) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theYamlWriterGivesTheSameTextAsWithTheReadBack() throws Exception {
    ObjectMapper withOracle =
        new ObjectMapper(
            YAMLFactory.builder()
                .disable(
                    com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature
                        .WRITE_DOC_START_MARKER)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(
                    com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature
                        .ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(
                    com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature
                        .INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new ReadBackOracle())
                .build());
    ObjectMapper ours = LlmisvcMapper.yaml();
    List<Object> values =
        new ArrayList<>(WORDS.stream().filter(w -> !w.contains("\uD83D")).toList());
    assertThat(ours.writeValueAsString(Map.of("values", values)))
        .isEqualTo(withOracle.writeValueAsString(Map.of("values", values)));
  }
}
