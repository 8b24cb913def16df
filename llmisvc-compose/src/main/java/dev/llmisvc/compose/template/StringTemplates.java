package dev.llmisvc.compose.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.llmisvc.api.schema.GoSchema;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The fast path of {@link ConfigTemplate#render}: the same result as writing the whole config as Go
 * JSON, parsing that text as one template, executing it and reading the output back, computed
 * string by string.
 *
 * <p>Why it is the same: Go's compact JSON has no <code>&#123;&#123;</code> outside strings, so
 * every action starts inside a string. When every string holding <code>&#123;&#123;</code> parses
 * on its own as a template (its actions open and close inside it, it declares no variable another
 * string uses), defines no template and calls none, and its output read as the inside of a JSON
 * string is one string, then executing the whole text writes exactly the concatenation of the
 * pieces: the text between strings is copied, each string's actions produce what they produce
 * alone. Reading that text back gives the tree {@link GoJson} walks in Go's order (fields in
 * declaration order, map keys sorted, quantities canonical, nulls dropped, floats in Go's form),
 * with each templated string replaced by its output.
 *
 * <p>When any of that does not hold (an {@code if} spanning strings, a {@code define}, a key with
 * <code>&#123;&#123;</code>, an action whose output splices JSON, any parse or execution error),
 * {@link #render} answers null and the caller takes the whole-text path, which gives the exact
 * result or the exact error with its position.
 *
 * <p>Parsed templates are kept per distinct string text (bounded; keyed by the text itself, so a
 * changed config never meets a stale parse), so a fleet sharing presets parses each once.
 */
final class StringTemplates {
  /** Most distinct template strings kept; far above the shipped presets' few dozen. */
  private static final int CACHE_LIMIT = 4096;

  /** A string that cannot take the fast path: parse error, define, template call. */
  private static final Object INELIGIBLE = new Object();

  private static final Map<String, Object> PARSED = new ConcurrentHashMap<>();

  private static final Set<String> FUNCTIONS = Set.copyOf(Funcs.ALL.keySet());

  private StringTemplates() {}

  /**
   * The rendered config, or null when only the whole-text path gives the exact answer.
   *
   * @param configObject {@code {metadata, spec, status?}}, not changed
   * @param data the template data, built only when some string holds an action
   */
  static ObjectNode render(ObjectNode configObject, Supplier<GoValue> data) {
    var type = GoSchema.kserve().struct("v1alpha2.LLMInferenceServiceConfig");
    // A merged config is usually already what Go's round trip gives back (the merge writes Go's
    // order): then a copy with its templated strings replaced is the answer, and checking costs
    // far less than building the tree anew.
    ObjectNode root = configObject.deepCopy();
    CheckSink check = new CheckSink(root);
    GoJson.walk(root, type, check);
    List<Site> sites = check.sites;
    if (!check.matches()) {
      TreeSink sink = new TreeSink();
      GoJson.walk(configObject, type, sink);
      if (sink.aborted || !(sink.root instanceof ObjectNode built)) {
        return null;
      }
      root = built;
      sites = sink.sites;
    }
    if (sites.isEmpty()) {
      return root;
    }
    GoValue value = data.get();
    for (Site site : sites) {
      Parsed parsed = parsed(site.value());
      if (parsed == null) {
        return null;
      }
      String output;
      try {
        output = Executor.execute(parsed.text(), parsed.tree(), value);
      } catch (RuntimeException e) {
        return null; // the whole-text path reports it, with its position
      }
      String decoded = decode(output);
      if (decoded == null) {
        return null;
      }
      site.put(decoded);
    }
    return root;
  }

  /**
   * Whether Go's JSON round trip gives {@code configObject} back as it is (key order, number types,
   * no nulls, strings unchanged), so rendering only replaces its templated strings.
   */
  static boolean readsBackAsItIs(ObjectNode configObject) {
    CheckSink check = new CheckSink(configObject);
    GoJson.walk(
        configObject, GoSchema.kserve().struct("v1alpha2.LLMInferenceServiceConfig"), check);
    return check.matches();
  }

  /** A string's text as the whole-text path sees it (Go-escaped), parsed. */
  private record Parsed(String text, Parser.Tree tree) {}

  /**
   * The parse of one string, or null when it cannot take the fast path. Keyed by the string as the
   * tree holds it: strings from a held preset are the same instances each time, so the lookup
   * neither escapes nor hashes them again.
   */
  private static Parsed parsed(String value) {
    Object cached = PARSED.get(value);
    if (cached == null) {
      cached = parse(value);
      if (PARSED.size() >= CACHE_LIMIT) {
        PARSED.clear();
      }
      PARSED.put(value, cached);
    }
    return cached == INELIGIBLE ? null : (Parsed) cached;
  }

  private static Object parse(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    GoJson.escape(value, escaped);
    String text = escaped.toString();
    Parser.Tree tree;
    try {
      tree = Parser.parse(ConfigTemplate.NAME, text, FUNCTIONS);
    } catch (RuntimeException e) {
      return INELIGIBLE;
    }
    if (tree.templates().size() > 1 || callsTemplate(tree.root())) {
      return INELIGIBLE; // definitions are shared across the whole text
    }
    return new Parsed(text, tree);
  }

  private static boolean callsTemplate(Node node) {
    if (node instanceof Node.TemplateNode) {
      return true;
    }
    if (node instanceof Node.ListNode list) {
      for (Node n : list.nodes()) {
        if (callsTemplate(n)) {
          return true;
        }
      }
    } else if (node instanceof Node.BranchNode b) {
      return callsTemplate(b.list()) || (b.elseList() != null && callsTemplate(b.elseList()));
    }
    return false;
  }

  /**
   * {@code output} read as the inside of a JSON string, as the whole-text path's decoder reads it;
   * null when it is not exactly one string (a quote or a control character splices JSON).
   */
  static String decode(String output) {
    int n = output.length();
    int i = 0;
    while (i < n) {
      char c = output.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      i++;
    }
    if (i == n) {
      return output;
    }
    StringBuilder out = new StringBuilder(n);
    int start = 0;
    while (i < n) {
      char c = output.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        i++;
        continue;
      }
      if (c != '\\' || i + 1 == n) {
        return null; // a raw control character or a quote ends or breaks the JSON string
      }
      out.append(output, start, i);
      char e = output.charAt(i + 1);
      i += 2;
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 > n) {
            return null;
          }
          int code = 0;
          for (int k = 0; k < 4; k++) {
            int d = Character.digit(output.charAt(i++), 16);
            if (d < 0) {
              return null;
            }
            code = code * 16 + d;
          }
          out.append((char) code);
        }
        default -> {
          return null;
        }
      }
      start = i;
    }
    out.append(output, start, n);
    return out.toString();
  }

  /** A templated string in the tree being built: its Go-escaped text and where it goes. */
  private record Site(String value, JsonNode parent, String key, int index) {
    void put(String value) {
      if (parent instanceof ObjectNode o) {
        o.put(key, value);
      } else {
        ((ArrayNode) parent).set(index, TextNode.valueOf(value));
      }
    }
  }

  /**
   * Walks along a tree checking that it already is what {@link TreeSink} would build from it: the
   * same keys in the same order, no nulls to drop, strings that read back unchanged, numbers of the
   * node type Jackson would read. Records the strings that hold <code>&#123;&#123;</code> on the
   * way.
   */
  private static final class CheckSink extends GoJson.Sink {
    private final Deque<Object> open = new ArrayDeque<>();
    private final List<Site> sites = new ArrayList<>();
    private final JsonNode root;
    private JsonNode next;
    private JsonNode parent;
    private String key;
    private int index;
    private boolean mismatch;
    private boolean started;

    CheckSink(JsonNode root) {
      this.root = root;
    }

    boolean matches() {
      return started && !mismatch && open.isEmpty();
    }

    /** The node the walk is about to write, or null when there is none. */
    private JsonNode take() {
      if (!started) {
        started = true;
        parent = null;
        return root;
      }
      Object top = open.peek();
      if (top instanceof ArrayCursor a) {
        if (a.index >= a.array.size()) {
          return null;
        }
        parent = a.array;
        key = null;
        index = a.index;
        return a.array.get(a.index++);
      }
      JsonNode n = next;
      next = null;
      return n;
    }

    @Override
    void beginObject() {
      JsonNode n = take();
      if (!(n instanceof ObjectNode o)) {
        mismatch = true;
        open.push(new ObjectCursor(JsonNodeFactory.instance.objectNode()));
        return;
      }
      open.push(new ObjectCursor(o));
    }

    @Override
    void endObject() {
      Object top = open.pop();
      if (!(top instanceof ObjectCursor c) || c.entries.hasNext()) {
        mismatch = true; // keys the walk dropped (nulls)
      }
    }

    @Override
    void beginArray() {
      JsonNode n = take();
      if (!(n instanceof ArrayNode a)) {
        mismatch = true;
        open.push(new ArrayCursor(JsonNodeFactory.instance.arrayNode()));
        return;
      }
      open.push(new ArrayCursor(a));
    }

    @Override
    void endArray() {
      Object top = open.pop();
      if (!(top instanceof ArrayCursor c) || c.index != c.array.size()) {
        mismatch = true;
      }
    }

    @Override
    void key(String k, GoJson.Where where, boolean goField) {
      if (!(open.peek() instanceof ObjectCursor c) || !c.entries.hasNext()) {
        mismatch = true;
        return;
      }
      Map.Entry<String, JsonNode> e = c.entries.next();
      if (!e.getKey().equals(k)
          || (!goField && (k.indexOf("{{") >= 0 || TreeSink.hasSurrogate(k)))) {
        mismatch = true;
      }
      parent = c.object;
      key = e.getKey();
      index = -1;
      next = e.getValue();
    }

    @Override
    void string(String value, GoJson.Where where) {
      JsonNode n = take();
      if (n == null
          || !n.isTextual()
          || !n.textValue().equals(value)
          || TreeSink.hasSurrogate(value)) {
        mismatch = true;
        return;
      }
      if (value.indexOf("{{") >= 0) {
        if (parent == null) {
          mismatch = true;
          return;
        }
        sites.add(new Site(value, parent, key, index));
      }
    }

    @Override
    void literal(String text) {
      JsonNode n = take();
      JsonNode read = TreeSink.literalNode(text);
      if (n == null || read == null || n.getClass() != read.getClass() || !n.equals(read)) {
        mismatch = true;
      }
    }

    private static final class ObjectCursor {
      private final ObjectNode object;
      private final java.util.Iterator<Map.Entry<String, JsonNode>> entries;

      ObjectCursor(ObjectNode object) {
        this.object = object;
        this.entries = object.properties().iterator();
      }
    }

    private static final class ArrayCursor {
      private final ArrayNode array;
      private int index;

      ArrayCursor(ArrayNode array) {
        this.array = array;
      }
    }
  }

  /**
   * Builds what Jackson reads back from {@link GoJson}'s text, recording the strings that hold
   * <code>&#123;&#123;</code>.
   */
  private static final class TreeSink extends GoJson.Sink {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Deque<JsonNode> open = new ArrayDeque<>();
    private final List<Site> sites = new ArrayList<>();
    private JsonNode root;
    private String pendingKey;
    private boolean aborted;

    private void add(JsonNode value) {
      JsonNode parent = open.peek();
      if (parent == null) {
        root = value;
      } else if (parent instanceof ObjectNode o) {
        o.set(pendingKey, value);
      } else {
        ((ArrayNode) parent).add(value);
      }
    }

    @Override
    void beginObject() {
      ObjectNode o = nodes.objectNode();
      add(o);
      open.push(o);
    }

    @Override
    void endObject() {
      open.pop();
    }

    @Override
    void beginArray() {
      ArrayNode a = nodes.arrayNode();
      add(a);
      open.push(a);
    }

    @Override
    void endArray() {
      open.pop();
    }

    @Override
    void key(String key, GoJson.Where where, boolean goField) {
      if (goField) {
        pendingKey = key; // an identifier: nothing to escape, nothing templated
        return;
      }
      if (key.indexOf("{{") >= 0) {
        aborted = true; // a templated key can collide with another: leave it to the whole text
      }
      pendingKey = hasSurrogate(key) ? readBack(key) : key;
    }

    @Override
    void string(String value, GoJson.Where where) {
      String stored = hasSurrogate(value) ? readBack(value) : value;
      if (value.indexOf("{{") >= 0) {
        JsonNode parent = open.peek();
        if (parent == null) {
          aborted = true;
          return;
        }
        sites.add(
            new Site(
                value,
                parent,
                parent.isObject() ? pendingKey : null,
                parent.isArray() ? parent.size() : -1));
      }
      add(TextNode.valueOf(stored));
    }

    /**
     * Whether {@code s} holds a surrogate: only then can Go's escaping and Jackson's reading change
     * it (a lone one becomes U+FFFD); every other character comes back as it was.
     */
    static boolean hasSurrogate(String s) {
      if (s.length() >= LONG_STRING) {
        // long strings are mostly the same preset instances each time (a launch script): their
        // hash is cached in the String and equality is identity, so this is cheaper than a scan
        Boolean known = SURROGATES.get(s);
        if (known == null) {
          known = scanSurrogates(s);
          if (SURROGATES.size() >= CACHE_LIMIT) {
            SURROGATES.clear();
          }
          SURROGATES.put(s, known);
        }
        return known;
      }
      return scanSurrogates(s);
    }

    private static final int LONG_STRING = 256;

    /** Long strings already scanned, and whether they hold a surrogate. */
    private static final Map<String, Boolean> SURROGATES = new ConcurrentHashMap<>();

    private static boolean scanSurrogates(String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** The string as Go's escaping and Jackson's reading leave it (a lone surrogate as U+FFFD). */
    private static String readBack(String value) {
      StringBuilder text = new StringBuilder(value.length() + 16);
      GoJson.escape(value, text);
      String back = decode(text.toString());
      return back == null ? value : back;
    }

    @Override
    void literal(String text) {
      JsonNode value = literalNode(text);
      if (value == null) {
        aborted = true;
        value = NullNode.getInstance();
      }
      add(value);
    }

    /** The node Jackson reads for a Go literal; null for text Jackson would not read. */
    static JsonNode literalNode(String text) {
      switch (text) {
        case "null":
          return NullNode.getInstance();
        case "true":
          return BooleanNode.TRUE;
        case "false":
          return BooleanNode.FALSE;
        default:
          break;
      }
      if (smallInt(text)) {
        return IntNode.valueOf(Integer.parseInt(text));
      }
      if (!NUMBER.matcher(text).matches()) {
        return null;
      }
      if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
        return DoubleNode.valueOf(Double.parseDouble(text));
      }
      BigInteger big = new BigInteger(text);
      if (big.bitLength() < 32) {
        return IntNode.valueOf(big.intValue());
      }
      if (big.bitLength() < 64) {
        return LongNode.valueOf(big.longValue());
      }
      return JsonNodeFactory.instance.numberNode(big);
    }

    /** An optional minus and one to nine digits, no leading zero: an int Jackson reads as such. */
    private static boolean smallInt(String text) {
      int start = text.startsWith("-") ? 1 : 0;
      int digits = text.length() - start;
      if (digits < 1 || digits > 9 || (text.charAt(start) == '0' && digits > 1)) {
        return false;
      }
      for (int i = start; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    private static final java.util.regex.Pattern NUMBER =
        java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  }
}
