package dev.llmisvc.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.llmisvc.api.GoQuote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CRDs' {@code x-kubernetes-validations} rules, evaluated with cel-java ({@code dev.cel:cel})
 * as the API server evaluates them with cel-go, and reported as it reports them.
 *
 * <ul>
 *   <li>A rule that yields false: {@code field.Invalid(<path>, "<schema type>", <message>)}.
 *   <li>A rule that fails to evaluate, such as one reading an absent key without {@code has()}
 *       (KServe's V1 reads {@code scalingModifiers.*}, K1 {@code
 *       horizontalPodAutoscalerConfig.name}): {@code Invalid value: "object": no such key: <key>
 *       evaluating rule: <message>}, a rejection.
 * </ul>
 *
 * <p>{@code self} is the value at the rule's place, converted from JSON (objects to maps, integers
 * to {@code int}, other numbers to {@code double}); the rules KServe's CRDs carry use only CEL's
 * standard library and macros ({@code has}, {@code all}, {@code exists_one}, {@code filter}, {@code
 * matches}, {@code duration}), none of Kubernetes' extension libraries. Each distinct rule compiles
 * once per process, on first use.
 *
 * <p>The message constants are the texts of the scaling rules KServe's webhook repeats; the rules
 * themselves, with every message, come from {@code crd-constraints.json}.
 */
final class CelRules {
  static final String S1 = "either wva or keda must be specified when scaling is configured";
  static final String S3 = "at least one trigger is required when using direct KEDA scaling";
  static final String V1 =
      "scalingModifiers must not be set; WVA controls the scaling metric formula and logic";
  static final String V2 = "hpa and keda are mutually exclusive; choose one actuator backend";
  static final String V3 = "either hpa or keda must be specified as the actuator backend";
  static final String K1 =
      "horizontalPodAutoscalerConfig.name must not be set; the controller manages the HPA name";

  /** The compiler, built only when a rule is not among the checked ones shipped with the jar. */
  private static final class Compiler {
    static final CelCompiler INSTANCE =
        CelCompilerFactory.standardCelCompilerBuilder()
            .addVar("self", SimpleType.DYN)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .build();

    private Compiler() {}
  }

  /**
   * Compiles and type-checks a rule as every rule is compiled.
   *
   * @throws CelValidationException when the rule does not compile
   */
  static CelAbstractSyntaxTree compile(String text) throws CelValidationException {
    return Compiler.INSTANCE.compile(text).getAst();
  }

  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

  private static final Map<String, Rule> RULES = new ConcurrentHashMap<>();

  private static final java.util.regex.Pattern MISSING_KEY =
      java.util.regex.Pattern.compile("key '(.*)' is not present in map\\.?");

  private CelRules() {}

  /** One rule of a CRD: its CEL text and its message, the program compiled on first use. */
  static final class Rule {
    final String text;
    final String message;
    private volatile CelRuntime.Program program;

    private Rule(String text, String message) {
      this.text = text;
      this.message = message;
    }

    /** What the API server puts after a failed rule: its message, else the rule itself. */
    String reported() {
      return message.isBlank() ? text : message.strip();
    }

    /** Whether the rule has been compiled (by an evaluation or {@link #compileAll()}). */
    boolean compiled() {
      return program != null;
    }

    CelRuntime.Program program() throws CelValidationException, CelEvaluationException {
      CelRuntime.Program p = program;
      if (p == null) {
        CelAbstractSyntaxTree checked = CheckedRules.get(text);
        p = RUNTIME.createProgram(checked != null ? checked : compile(text));
        program = p;
      }
      return p;
    }
  }

  /**
   * Prepares every rule of the CRDs, the ones at {@code spec} first, on the calling thread. The
   * rules come checked with the jar ({@link CheckedRules}), so this mostly sets up CEL's runtime
   * (about 0.15 s on a cold JVM with the CLI's class-data archive); a command line calls this on a
   * background thread so that it overlaps reading and composing.
   */
  static void compileAll() {
    CompiledSchema schema = CompiledSchema.kserve(); // registers every rule of the table
    CompiledSchema.FieldNode spec = schema.struct("v1alpha2.LLMInferenceService").field("spec");
    List<Rule> all = new ArrayList<>(spec == null ? List.of() : spec.checks.rules);
    all.addAll(RULES.values());
    for (Rule r : all) {
      try {
        r.program();
      } catch (CelValidationException | CelEvaluationException e) {
        // reported when the rule is evaluated
      }
    }
  }

  /** Every rule of the CRDs known so far (all of them once {@link CompiledSchema} is built). */
  static List<Rule> rules() {
    return List.copyOf(RULES.values());
  }

  /** The rule for a text and message; rules repeated across the CRD share one program. */
  static Rule rule(String text, String message) {
    return RULES.computeIfAbsent(message + "\u0000" + text, k -> new Rule(text, message));
  }

  /**
   * Evaluates the rules of one place in order, each with {@code self} bound to {@code value}, and
   * adds the API server's error to {@code out} for each that fails. The value's size, which decides
   * whether verdicts are remembered, and its hash are computed once for all the rules.
   *
   * @param schemaType the JSON type of the place ({@code object}, {@code array}, {@code string})
   */
  static void check(
      List<Rule> rules, JsonNode value, String path, String schemaType, List<Violation> out) {
    int left = countNodes(value, MAX_KEYED_NODES);
    int nodes = left < 0 ? Integer.MAX_VALUE : MAX_KEYED_NODES - left;
    int hash = nodes > MAX_KEYED_NODES ? 0 : value.hashCode(); // deep: once for all the rules
    for (Rule rule : rules) {
      check(rule, value, nodes, hash, path, schemaType, out);
    }
  }

  private static void check(
      Rule rule,
      JsonNode value,
      int nodes,
      int hash,
      String path,
      String schemaType,
      List<Violation> out) {
    Verdict key = nodes > MAX_KEYED_NODES ? null : new Verdict(rule, value, hash);
    String known = key == null ? null : VERDICTS.get(key);
    String failure = known != null ? known : evaluate(rule, value);
    if (key != null && known == null) {
      if (VERDICT_NODES.addAndGet(nodes) > MAX_VERDICT_NODES) {
        VERDICTS.clear();
        VERDICT_NODES.set(nodes);
      }
      // a private copy: the tree validated may be a view its owner changes later
      VERDICTS.put(new Verdict(rule, value.deepCopy(), hash), failure);
    }
    if (!failure.isEmpty()) {
      out.add(
          new Violation(
              path, Violation.Type.INVALID, Optional.of(GoQuote.quote(schemaType)), failure));
    }
  }

  /**
   * Verdicts on values by rule and content ("" passed, else the failure): a rule is a pure function
   * of {@code self}, and most of what a composed spec holds (the presets' route, pool and scaling)
   * repeats across services, while evaluating CEL costs tens of microseconds per rule. Bounded by
   * the JSON nodes the keys hold: all are dropped when the budget is spent.
   */
  private static final Map<Verdict, String> VERDICTS = new ConcurrentHashMap<>();

  private static final java.util.concurrent.atomic.AtomicLong VERDICT_NODES =
      new java.util.concurrent.atomic.AtomicLong();

  /** JSON nodes held by the keys, all told. */
  private static final long MAX_VERDICT_NODES = 1L << 20;

  /**
   * A rule and a value, compared by the rule's identity and the value's content (Jackson's deep
   * {@code equals}/{@code hashCode}: no text is built).
   */
  private record Verdict(Rule rule, JsonNode value, int valueHash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Verdict v
          && v.rule == rule
          && v.valueHash == valueHash
          && v.value.equals(value);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(rule) * 31 + valueHash;
    }
  }

  /** Values with more nodes than this are evaluated every time (their keys would crowd out). */
  private static final int MAX_KEYED_NODES = 200;

  /** {@code budget} minus the nodes of {@code v}, or -1 once the budget runs out. */
  private static int countNodes(JsonNode v, int budget) {
    int left = budget - 1;
    if (left < 0) {
      return -1;
    }
    if (v.isContainerNode()) {
      for (JsonNode child : v) {
        left = countNodes(child, left);
        if (left < 0) {
          return -1;
        }
      }
    }
    return left;
  }

  /** The API server's failure text for {@code rule} on {@code value}; empty when it passes. */
  private static String evaluate(Rule rule, JsonNode value) {
    try {
      Object result = rule.program().eval(Map.of("self", toCel(value)));
      if (Boolean.TRUE.equals(result)) {
        return "";
      }
      return result instanceof Boolean
          ? rule.reported()
          : "rule did not evaluate to a bool evaluating rule: " + rule.reported();
    } catch (CelValidationException e) {
      return "compilation failed: " + e.getMessage() + " evaluating rule: " + rule.reported();
    } catch (CelEvaluationException e) {
      return goError(e.getMessage()) + " evaluating rule: " + rule.reported();
    }
  }

  /** cel-java's evaluation error in cel-go's words where they differ. */
  private static String goError(String message) {
    String m = message == null ? "" : message;
    int at = m.indexOf(": ");
    if (m.startsWith("evaluation error at ") && at > 0) {
      m = m.substring(at + 2);
    }
    java.util.regex.Matcher missing = MISSING_KEY.matcher(m);
    if (missing.matches()) {
      return "no such key: " + missing.group(1);
    }
    return m;
  }

  /**
   * A JSON value as CEL sees it: objects and arrays as read-only views that convert a member only
   * when a rule reads it (a rule at {@code spec} that asks {@code has(self.replicas)} does not copy
   * the pod templates); JSON null members are left out, as the API server prunes them.
   */
  static Object toCel(JsonNode v) {
    if (v.isObject()) {
      return new ObjectView(v);
    }
    if (v.isArray()) {
      return new ArrayView(v);
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    return dev.cel.common.values.NullValue.NULL_VALUE;
  }

  /** A JSON object as a map, its non-null members converted on access. */
  private static final class ObjectView extends java.util.AbstractMap<String, Object> {
    private final JsonNode node;
    private java.util.Set<Map.Entry<String, Object>> entries;

    ObjectView(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object get(Object key) {
      JsonNode v = key instanceof String k ? node.get(k) : null;
      return v == null || v.isNull() ? null : toCel(v);
    }

    @Override
    public boolean containsKey(Object key) {
      JsonNode v = key instanceof String k ? node.get(k) : null;
      return v != null && !v.isNull();
    }

    @Override
    public java.util.Set<Map.Entry<String, Object>> entrySet() {
      if (entries == null) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          if (!e.getValue().isNull()) {
            m.put(e.getKey(), toCel(e.getValue()));
          }
        }
        entries = java.util.Collections.unmodifiableMap(m).entrySet();
      }
      return entries;
    }
  }

  /** A JSON array as a list, its elements converted on access. */
  private static final class ArrayView extends java.util.AbstractList<Object> {
    private final JsonNode node;

    ArrayView(JsonNode node) {
      this.node = node;
    }

    @Override
    public Object get(int index) {
      return toCel(node.get(index));
    }

    @Override
    public int size() {
      return node.size();
    }
  }
}
