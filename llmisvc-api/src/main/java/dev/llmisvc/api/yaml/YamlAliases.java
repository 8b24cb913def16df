package dev.llmisvc.api.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML anchors, aliases and merge keys the way Kubernetes does (sigs.k8s.io/yaml over go-yaml
 * v2, which kubectl and the API server use): an alias stands for a copy of its anchor's value, and
 * a plain {@code <<} key merges one mapping, or a list of mappings, into the mapping that holds it.
 * Jackson's own YAML parser gives an alias back as the anchor's <em>name</em>, so without this
 * {@code a: *x} would quietly read as {@code a: x}.
 *
 * <p>Rules, each as go-yaml v2 has them unless said otherwise:
 *
 * <ul>
 *   <li>An alias must follow its anchor in the same document; an anchor defined again replaces the
 *       earlier one from there on. An alias inside its own anchor's value is an error.
 *   <li>{@code <<} takes a mapping or a list of mappings (an alias to one counts); in a list the
 *       earlier mapping wins. Keys written after {@code <<} win over merged ones. A {@code <<} that
 *       is quoted or tagged {@code !!str} is an ordinary key.
 *   <li>A key written <em>before</em> {@code <<} that the merge also sets is an error here: go-yaml
 *       v2 lets the merged value replace it, the YAML merge-key rule keeps the written one, and we
 *       do not guess which the author meant.
 *   <li>Expansion is bounded as go-yaml bounds it: once more than 1,000 values have been read, at
 *       most 99% of them may come from aliases, a share that falls to 10% between 400,000 and
 *       4,000,000 values. Anchors may hold at most 4,000,000 values in all.
 *   <li>An alias used as a mapping key is refused by Jackson's parser (go-yaml accepts it).
 * </ul>
 *
 * <p>Errors are {@link JsonParseException}s located at the alias or the merge key. Values read
 * through an alias report the alias's location.
 */
final class YamlAliases extends JsonParserDelegate {
  private static final int RATIO_LOW = 400_000;
  private static final int RATIO_HIGH = 4_000_000;

  /** Values all anchors of one document may hold together. */
  static final long MAX_ANCHORED_VALUES = 4_000_000;

  private static final String MERGE_TAG = "tag:yaml.org,2002:merge";

  private final EventYamlFactory.EventParser yaml;
  private final Map<String, TokenBuffer> anchors = new HashMap<>();
  private final Set<String> open = new HashSet<>();
  private List<Recorder> recorders = new ArrayList<>();
  private final ArrayDeque<Play> queue = new ArrayDeque<>();
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();

  /** The yaml parser's current token is still to be handed out, after the queue. */
  private boolean yamlHeld;

  /** The current token is read for the first time (not merge output handed out again). */
  private boolean fresh;

  /** Where the current token comes from: {@code null} for the YAML text itself. */
  private Play playing;

  /** The current token is the whole value, or the start or end, of an alias's copy. */
  private boolean playTop;

  /** The anchor the current token's value is defined with. */
  private String pendingAnchor;

  private int depth;
  private long values;
  private long aliasValues;
  private long anchored;

  private YamlAliases(EventYamlFactory.EventParser yaml) {
    super(yaml);
    this.yaml = yaml;
    yaml.aliasesResolved();
  }

  /** {@code parser}, with aliases and merge keys resolved when it reads YAML. */
  static JsonParser wrap(JsonParser parser) {
    return parser instanceof EventYamlFactory.EventParser p ? new YamlAliases(p) : parser;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return pull();
  }

  // ---------------------------------------------------------------------------------------------
  // the stream: alias copies and merge output first, then the YAML text

  private JsonToken advance() throws IOException {
    while (true) {
      pendingAnchor = null;
      Play p = queue.peekFirst();
      if (p != null) {
        JsonToken t = p.parser.nextToken();
        if (t == null) {
          queue.removeFirst();
          continue;
        }
        if (t.isStructEnd()) {
          p.depth--;
        }
        boolean top = p.depth == 0;
        if (t.isStructStart()) {
          p.depth++;
        }
        if (p.fragment && top) {
          if (t.isStructEnd()) {
            queue.removeFirst(); // the wrapper object of merge output is not handed out
          }
          continue;
        }
        delegate = p.parser;
        playing = p;
        playTop = top;
        fresh = p.alias;
        return t;
      }
      delegate = yaml;
      playing = null;
      playTop = false;
      if (yamlHeld) {
        yamlHeld = false;
        fresh = false;
        return yaml.currentToken();
      }
      if (depth == 0) {
        newDocument(); // anchors and the alias budget belong to one document
      }
      JsonToken t = yaml.nextToken();
      fresh = true;
      if (t == null) {
        return null;
      }
      Event event = yaml.event();
      if (event instanceof AliasEvent alias) {
        startAlias(alias.getAnchor());
        continue;
      }
      if (t == JsonToken.FIELD_NAME && event instanceof ScalarEvent key) {
        if (isMergeKey(key)) {
          merge();
          continue;
        }
        if (key.getAnchor() != null) {
          anchorKey(key.getAnchor(), key.getValue());
        }
        return t;
      }
      if (event instanceof NodeEvent node) {
        pendingAnchor = node.getAnchor();
      }
      return t;
    }
  }

  /** The next token, counted, and recorded by every anchor whose value is being read. */
  private JsonToken pull() throws IOException {
    JsonToken t = advance();
    if (t == null) {
      return null;
    }
    if (fresh) {
      account(t);
    }
    for (int i = 0; i < recorders.size(); i++) {
      Recorder r = recorders.get(i);
      if (r.take(t)) {
        recorders.remove(i--);
        finish(r);
      }
    }
    if (pendingAnchor != null) {
      String name = pendingAnchor;
      pendingAnchor = null;
      Recorder r = new Recorder(name, buffer());
      open.add(name);
      if (r.take(t)) {
        finish(r);
      } else {
        recorders.add(r);
      }
    }
    return t;
  }

  private void newDocument() {
    anchors.clear();
    open.clear();
    recorders.clear();
    values = 0;
    aliasValues = 0;
    anchored = 0;
  }

  private void account(JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT, START_ARRAY -> {
        countValue();
        frames.push(new Frame());
        depth++;
      }
      case END_OBJECT, END_ARRAY -> {
        frames.pop();
        depth--;
      }
      case FIELD_NAME -> {
        countValue();
        frames.peek().keys.add(delegate.currentName());
      }
      default -> countValue();
    }
  }

  private void countValue() throws IOException {
    values++;
    if (playing != null && playing.alias) {
      aliasValues++;
    }
    if (aliasValues > 100 && values > 1000 && (double) aliasValues / values > allowedRatio()) {
      throw error(
          "the document's aliases expand to too much (more than "
              + Math.round(allowedRatio() * 100)
              + "% of "
              + values
              + " values come from aliases; Kubernetes' YAML reader refuses it as"
              + " \"document contains excessive aliasing\")");
    }
  }

  private double allowedRatio() {
    if (values <= RATIO_LOW) {
      return 0.99;
    }
    if (values >= RATIO_HIGH) {
      return 0.10;
    }
    return 0.99 - 0.89 * ((double) (values - RATIO_LOW) / (RATIO_HIGH - RATIO_LOW));
  }

  // ---------------------------------------------------------------------------------------------
  // anchors and aliases

  private void startAlias(String name) throws IOException {
    countValue(); // the alias itself, as go-yaml counts it; its copy counts as alias values
    if (open.contains(name)) {
      throw error("the value of anchor &" + name + " contains its own alias *" + name);
    }
    TokenBuffer value = anchors.get(name);
    if (value == null) {
      throw error(
          "alias *" + name + " names no anchor: define &" + name + " before it, in this document");
    }
    queue.addFirst(new Play(value.asParser(yaml.getCodec()), true, false));
  }

  private void anchorKey(String name, String key) throws IOException {
    TokenBuffer b = buffer();
    b.writeString(key);
    anchors.put(name, b);
    hold(1);
  }

  private void finish(Recorder r) {
    anchors.put(r.name, r.buffer);
    open.remove(r.name);
  }

  private void hold(long n) throws IOException {
    anchored += n;
    if (anchored > MAX_ANCHORED_VALUES) {
      throw error(
          "the document's anchors hold more than " + MAX_ANCHORED_VALUES + " values in all");
    }
  }

  private TokenBuffer buffer() {
    return new TokenBuffer(yaml.getCodec(), false);
  }

  /** An anchored value being copied as it is read. */
  private final class Recorder {
    final String name;
    final TokenBuffer buffer;
    int level;

    Recorder(String name, TokenBuffer buffer) {
      this.name = name;
      this.buffer = buffer;
    }

    /** Copies the current token; true once the value is complete. */
    boolean take(JsonToken t) throws IOException {
      buffer.copyCurrentEvent(delegate);
      hold(1);
      if (t.isStructStart()) {
        level++;
      } else if (t.isStructEnd()) {
        level--;
      }
      return level == 0 && t != JsonToken.FIELD_NAME;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // merge keys

  private static boolean isMergeKey(ScalarEvent key) {
    return "<<".equals(key.getValue())
        && (key.getImplicit().canOmitTagInPlainScalar() || MERGE_TAG.equals(key.getTag()));
  }

  /**
   * At a {@code <<} key: reads the merged mappings and the rest of the mapping ahead, then queues
   * the merged entries that no later key overrides, the rest, and the mapping's end.
   */
  private void merge() throws IOException {
    JsonLocation at = yaml.currentTokenLocation();
    Set<String> before = new HashSet<>(frames.peek().keys); // looked up once per merged key
    // the mapping's anchors record what is handed out, not what is read ahead
    List<Recorder> outer = recorders;
    recorders = new ArrayList<>();
    List<Map<String, TokenBuffer>> sources = new ArrayList<>();
    Map<String, TokenBuffer> rest;
    try {
      JsonToken t = pull();
      if (t == JsonToken.START_OBJECT) {
        sources.add(entries());
      } else if (t == JsonToken.START_ARRAY) {
        while ((t = pull()) != JsonToken.END_ARRAY) {
          if (t != JsonToken.START_OBJECT) {
            throw wantMap(at);
          }
          sources.add(entries());
        }
      } else {
        throw wantMap(at);
      }
      rest = entries();
    } finally {
      recorders = outer;
    }
    TokenBuffer out = buffer();
    out.writeStartObject();
    Set<String> taken = new HashSet<>(rest.keySet());
    for (Map<String, TokenBuffer> source : sources) {
      for (Map.Entry<String, TokenBuffer> e : source.entrySet()) {
        String key = e.getKey();
        if (!taken.add(key)) {
          continue; // a key after << or an earlier merged mapping wins
        }
        if (before.contains(key)) {
          throw new JsonParseException(
              this,
              "key \""
                  + key
                  + "\" is written before the merge key << and set again by the merged mapping:"
                  + " Kubernetes' YAML reader keeps the merged value, the YAML merge-key rule the"
                  + " written one; write the key after <<, or only once",
              at);
        }
        out.writeFieldName(key);
        e.getValue().serialize(out);
      }
    }
    for (Map.Entry<String, TokenBuffer> e : rest.entrySet()) {
      out.writeFieldName(e.getKey());
      e.getValue().serialize(out);
    }
    out.writeEndObject();
    queue.addLast(new Play(out.asParser(yaml.getCodec()), false, true));
    yamlHeld = true; // the mapping's end, read ahead, comes after the merged entries
  }

  /** The entries of a mapping whose start was just read, up to and with its end. */
  private Map<String, TokenBuffer> entries() throws IOException {
    Map<String, TokenBuffer> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = pull()) == JsonToken.FIELD_NAME) {
      String key = delegate.currentName();
      TokenBuffer value = buffer();
      int level = 0;
      do {
        t = pull();
        if (t == null) {
          throw error("the document ends inside the mapping of a merge key");
        }
        value.copyCurrentEvent(delegate);
        hold(1);
        if (t.isStructStart()) {
          level++;
        } else if (t.isStructEnd()) {
          level--;
        }
      } while (level > 0);
      entries.put(key, value);
    }
    if (t != JsonToken.END_OBJECT) {
      throw error("expected the end of a mapping, found " + t);
    }
    return entries;
  }

  private JsonParseException wantMap(JsonLocation at) {
    return new JsonParseException(
        this,
        "the merge key << takes a mapping or a list of mappings (as Kubernetes' YAML reader"
            + " requires)",
        at);
  }

  private JsonParseException error(String message) {
    return new JsonParseException(this, message, yaml.currentTokenLocation());
  }

  /** Tokens handed out before the YAML text's next one: an alias's copy or merge output. */
  private static final class Play {
    final JsonParser parser;
    final boolean alias;
    final boolean fragment;
    int depth;

    Play(JsonParser parser, boolean alias, boolean fragment) {
      this.parser = parser;
      this.alias = alias;
      this.fragment = fragment;
    }
  }

  /** An open mapping or list of the text as read, with the keys read so far. */
  private static final class Frame {
    final List<String> keys = new ArrayList<>(4);
  }

  // ---------------------------------------------------------------------------------------------
  // where we are: always the YAML text's position, also inside an alias's copy

  @Override
  public String currentName() throws IOException {
    return playTop ? yaml.currentName() : delegate.currentName();
  }

  @Override
  @Deprecated
  public String getCurrentName() throws IOException {
    return currentName();
  }

  @Override
  public JsonLocation currentLocation() {
    return yaml.currentLocation();
  }

  @Override
  public JsonLocation currentTokenLocation() {
    return yaml.currentTokenLocation();
  }

  @Override
  @Deprecated
  public JsonLocation getCurrentLocation() {
    return yaml.currentLocation();
  }

  @Override
  @Deprecated
  public JsonLocation getTokenLocation() {
    return yaml.currentTokenLocation();
  }

  @Override
  public ObjectCodec getCodec() {
    return yaml.getCodec();
  }

  // every way of moving on goes through nextToken

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      t = nextToken();
      if (t == null) {
        return this;
      }
      if (t.isStructStart()) {
        open++;
      } else if (t.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public String nextFieldName() throws IOException {
    return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
  }

  @Override
  public String nextTextValue() throws IOException {
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.VALUE_TRUE
        ? Boolean.TRUE
        : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }
}
