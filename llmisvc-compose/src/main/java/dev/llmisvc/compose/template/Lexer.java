package dev.llmisvc.compose.template;

import dev.llmisvc.api.GoQuote;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * Go's {@code text/template/parse} lexer, state for state, driven lazily by the parser so that the
 * first error reported is the one Go reports. Delimiters are fixed to <code>{{ }}</code>.
 */
final class Lexer {
  enum Type {
    ERROR,
    BOOL,
    CHAR,
    CHAR_CONSTANT,
    COMMENT,
    ASSIGN,
    DECLARE,
    EOF,
    FIELD,
    IDENTIFIER,
    LEFT_DELIM,
    LEFT_PAREN,
    NUMBER,
    PIPE,
    RAW_STRING,
    RIGHT_DELIM,
    RIGHT_PAREN,
    SPACE,
    STRING,
    TEXT,
    VARIABLE,
    // keywords (after KEYWORD in Go's enum)
    BLOCK,
    BREAK,
    CONTINUE,
    DOT,
    DEFINE,
    ELSE,
    END,
    IF,
    NIL,
    RANGE,
    TEMPLATE,
    WITH;

    boolean keyword() {
      return ordinal() >= BLOCK.ordinal();
    }
  }

  /** A token; {@code pos} is a char offset in the input. */
  record Item(Type type, int pos, String val) {
    @Override
    public String toString() {
      if (type == Type.EOF) {
        return "EOF";
      }
      if (type == Type.ERROR) {
        return val;
      }
      if (type.keyword()) {
        return "<" + val + ">";
      }
      if (val.length() > 10) {
        return GoQuote.quote(val.substring(0, 10)) + "...";
      }
      return GoQuote.quote(val);
    }
  }

  private static final Map<String, Type> KEYWORDS =
      Map.ofEntries(
          Map.entry(".", Type.DOT),
          Map.entry("block", Type.BLOCK),
          Map.entry("break", Type.BREAK),
          Map.entry("continue", Type.CONTINUE),
          Map.entry("define", Type.DEFINE),
          Map.entry("else", Type.ELSE),
          Map.entry("end", Type.END),
          Map.entry("if", Type.IF),
          Map.entry("range", Type.RANGE),
          Map.entry("nil", Type.NIL),
          Map.entry("template", Type.TEMPLATE),
          Map.entry("with", Type.WITH));

  private enum State {
    TEXT,
    LEFT_DELIM,
    COMMENT,
    RIGHT_DELIM,
    INSIDE,
    SPACE,
    DONE
  }

  private static final int EOF = -1;
  private final String input;
  private int pos;
  private int start;
  private int parenDepth;
  private State state = State.TEXT;
  private final ArrayDeque<Item> pending = new ArrayDeque<>();

  Lexer(String input) {
    this.input = input;
  }

  String input() {
    return input;
  }

  Item nextItem() {
    while (pending.isEmpty()) {
      if (state == State.DONE) {
        return new Item(Type.EOF, input.length(), "");
      }
      state = step(state);
    }
    return pending.poll();
  }

  private State step(State s) {
    return switch (s) {
      case TEXT -> lexText();
      case LEFT_DELIM -> lexLeftDelim();
      case COMMENT -> lexComment();
      case RIGHT_DELIM -> lexRightDelim();
      case INSIDE -> lexInsideAction();
      case SPACE -> lexSpace();
      case DONE -> State.DONE;
    };
  }

  private int next() {
    if (pos >= input.length()) {
      pos = input.length() + 1; // so backup() works at EOF
      return EOF;
    }
    return input.charAt(pos++);
  }

  private int peek() {
    return pos >= input.length() ? EOF : input.charAt(pos);
  }

  private void backup() {
    pos--;
  }

  private void emit(Type t) {
    pending.add(new Item(t, start, input.substring(start, Math.min(pos, input.length()))));
    start = pos;
  }

  private void ignore() {
    start = pos;
  }

  private State error(String message) {
    pending.add(new Item(Type.ERROR, start, message));
    return State.DONE;
  }

  private boolean accept(String valid) {
    int r = next();
    if (r != EOF && valid.indexOf(r) >= 0) {
      return true;
    }
    backup();
    return false;
  }

  private void acceptRun(String valid) {
    int r;
    do {
      r = next();
    } while (r != EOF && valid.indexOf(r) >= 0);
    backup();
  }

  static boolean isSpace(int r) {
    return r == ' ' || r == '\t' || r == '\r' || r == '\n';
  }

  static boolean isAlphaNumeric(int r) {
    return r == '_' || (r != EOF && Character.isLetterOrDigit(r));
  }

  private static boolean hasLeftTrimMarker(String s, int at) {
    return s.length() >= at + 2 && s.charAt(at) == '-' && isSpace(s.charAt(at + 1));
  }

  private static boolean hasRightTrimMarker(String s, int at) {
    return s.length() >= at + 2 && isSpace(s.charAt(at)) && s.charAt(at + 1) == '-';
  }

  /** Returns 0 (not at a delimiter), 1 (plain) or 2 (with trim marker). */
  private int atRightDelim() {
    if (hasRightTrimMarker(input, pos) && input.startsWith("}}", pos + 2)) {
      return 2;
    }
    return input.startsWith("}}", pos) ? 1 : 0;
  }

  private int leftTrimLength(int at) {
    int i = at;
    while (i < input.length() && isSpace(input.charAt(i))) {
      i++;
    }
    return i - at;
  }

  private State lexText() {
    int x = input.indexOf("{{", pos);
    if (x >= 0) {
      if (x > pos) {
        pos = x;
        int trim = 0;
        if (hasLeftTrimMarker(input, pos + 2)) {
          int j = pos;
          while (j > start && isSpace(input.charAt(j - 1))) {
            j--;
          }
          trim = pos - j;
        }
        pos -= trim;
        Item text = new Item(Type.TEXT, start, input.substring(start, pos));
        pos += trim;
        ignore();
        if (!text.val().isEmpty()) {
          pending.add(text);
        }
      }
      return State.LEFT_DELIM;
    }
    pos = input.length();
    if (pos > start) {
      emit(Type.TEXT);
      return State.TEXT;
    }
    pending.add(new Item(Type.EOF, pos, ""));
    return State.DONE;
  }

  private State lexLeftDelim() {
    pos += 2;
    boolean trim = hasLeftTrimMarker(input, pos);
    int after = trim ? 2 : 0;
    if (input.startsWith("/*", pos + after)) {
      pos += after;
      ignore();
      return State.COMMENT;
    }
    Item delim = new Item(Type.LEFT_DELIM, start, input.substring(start, pos));
    pos += after;
    ignore();
    parenDepth = 0;
    pending.add(delim);
    return State.INSIDE;
  }

  private State lexComment() {
    pos += 2;
    int x = input.indexOf("*/", pos);
    if (x < 0) {
      return error("unclosed comment");
    }
    pos = x + 2;
    int delim = atRightDelim();
    if (delim == 0) {
      return error("comment ends before closing delimiter");
    }
    Item comment = new Item(Type.COMMENT, start, input.substring(start, pos));
    if (delim == 2) {
      pos += 2;
    }
    pos += 2;
    if (delim == 2) {
      pos += leftTrimLength(pos);
    }
    ignore();
    pending.add(comment);
    return State.TEXT;
  }

  private State lexRightDelim() {
    boolean trim = atRightDelim() == 2;
    if (trim) {
      pos += 2;
      ignore();
    }
    pos += 2;
    Item delim = new Item(Type.RIGHT_DELIM, start, input.substring(start, pos));
    if (trim) {
      pos += leftTrimLength(pos);
    }
    ignore();
    pending.add(delim);
    return State.TEXT;
  }

  private State lexInsideAction() {
    if (atRightDelim() != 0) {
      if (parenDepth == 0) {
        return State.RIGHT_DELIM;
      }
      return error("unclosed left paren");
    }
    int r = next();
    if (r == EOF) {
      return error("unclosed action");
    } else if (isSpace(r)) {
      backup();
      return State.SPACE;
    } else if (r == '=') {
      emit(Type.ASSIGN);
    } else if (r == ':') {
      if (next() != '=') {
        return error("expected :=");
      }
      emit(Type.DECLARE);
    } else if (r == '|') {
      emit(Type.PIPE);
    } else if (r == '"') {
      return lexQuote();
    } else if (r == '`') {
      return lexRawQuote();
    } else if (r == '$') {
      return lexFieldOrVariable(Type.VARIABLE);
    } else if (r == '\'') {
      return lexChar();
    } else if (r == '.' && pos < input.length() && !isDigit(input.charAt(pos))) {
      return lexFieldOrVariable(Type.FIELD);
    } else if (r == '.' || r == '+' || r == '-' || isDigit(r)) {
      backup();
      return lexNumber();
    } else if (isAlphaNumeric(r)) {
      backup();
      return lexIdentifier();
    } else if (r == '(') {
      parenDepth++;
      emit(Type.LEFT_PAREN);
    } else if (r == ')') {
      parenDepth--;
      if (parenDepth < 0) {
        return error("unexpected right paren");
      }
      emit(Type.RIGHT_PAREN);
    } else if (r <= 0x7f && r >= 0x20 && r != 0x7f) {
      emit(Type.CHAR);
    } else {
      return error(String.format("unrecognized character in action: U+%04X", r));
    }
    return State.INSIDE;
  }

  private static boolean isDigit(int r) {
    return r >= '0' && r <= '9';
  }

  private State lexSpace() {
    int spaces = 0;
    while (isSpace(peek())) {
      next();
      spaces++;
    }
    if (hasRightTrimMarker(input, pos - 1) && input.startsWith("}}", pos - 1 + 2)) {
      backup();
      if (spaces == 1) {
        return State.RIGHT_DELIM;
      }
    }
    emit(Type.SPACE);
    return State.INSIDE;
  }

  private State lexIdentifier() {
    int r;
    do {
      r = next();
    } while (isAlphaNumeric(r));
    backup();
    String word = input.substring(start, pos);
    if (!atTerminator()) {
      return error(String.format("bad character %s", GoFormat.unicodeName(peek())));
    }
    Type kw = KEYWORDS.get(word);
    if (kw != null && kw.keyword()) {
      emit(kw);
    } else if (word.equals("true") || word.equals("false")) {
      emit(Type.BOOL);
    } else {
      emit(Type.IDENTIFIER);
    }
    return State.INSIDE;
  }

  private State lexFieldOrVariable(Type type) {
    if (atTerminator()) {
      emit(type == Type.VARIABLE ? Type.VARIABLE : Type.DOT);
      return State.INSIDE;
    }
    int r;
    do {
      r = next();
    } while (isAlphaNumeric(r));
    backup();
    if (!atTerminator()) {
      return error(String.format("bad character %s", GoFormat.unicodeName(peek())));
    }
    emit(type);
    return State.INSIDE;
  }

  private boolean atTerminator() {
    int r = peek();
    if (isSpace(r) || r == EOF) {
      return true;
    }
    return switch (r) {
      case '.', ',', '|', ':', ')', '(', '}' -> true;
      default -> false;
    };
  }

  private State lexChar() {
    while (true) {
      int r = next();
      if (r == '\\') {
        int e = next();
        if (e != EOF && e != '\n') {
          continue;
        }
        return error("unterminated character constant");
      }
      if (r == EOF || r == '\n') {
        return error("unterminated character constant");
      }
      if (r == '\'') {
        break;
      }
    }
    emit(Type.CHAR_CONSTANT);
    return State.INSIDE;
  }

  private State lexNumber() {
    if (!scanNumber()) {
      return error(
          "bad number syntax: "
              + GoQuote.quote(input.substring(start, Math.min(pos, input.length()))));
    }
    emit(Type.NUMBER);
    return State.INSIDE;
  }

  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (digits.length() == 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length() == 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  }

  private State lexQuote() {
    while (true) {
      int r = next();
      if (r == '\\') {
        int e = next();
        if (e != EOF && e != '\n') {
          continue;
        }
        return error("unterminated quoted string");
      }
      if (r == EOF || r == '\n') {
        return error("unterminated quoted string");
      }
      if (r == '"') {
        break;
      }
    }
    emit(Type.STRING);
    return State.INSIDE;
  }

  private State lexRawQuote() {
    while (true) {
      int r = next();
      if (r == EOF) {
        return error("unterminated raw quoted string");
      }
      if (r == '`') {
        break;
      }
    }
    emit(Type.RAW_STRING);
    return State.INSIDE;
  }
}
