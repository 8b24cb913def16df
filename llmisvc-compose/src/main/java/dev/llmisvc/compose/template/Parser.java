package dev.llmisvc.compose.template;

import dev.llmisvc.api.GoQuote;
import dev.llmisvc.compose.template.Lexer.Item;
import dev.llmisvc.compose.template.Lexer.Type;
import dev.llmisvc.compose.template.Node.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Go's {@code text/template/parse} parser (Go 1.25) for one template: same grammar, same checks
 * (undefined variables and functions, {@code break} outside {@code range}, non-executable pipeline
 * stages) and the same error texts, {@code define}, {@code template} and {@code block} included.
 */
final class Parser {
  private final String name;
  private final Lexer lex;
  private final Set<String> functions;
  private final Item[] token = new Item[3];
  private int peekCount;
  private List<String> vars = new ArrayList<>(List.of("$"));
  private int rangeDepth;
  private int parenDepth;

  private static final int MAX_PAREN_DEPTH = 10000;
  private final Map<String, ListNode> trees = new LinkedHashMap<>();

  /** The parsed templates: the main one and those named by {@code define} and {@code block}. */
  record Tree(String name, ListNode root, Map<String, ListNode> templates) {
    @Override
    public String toString() {
      return root.toString();
    }
  }

  private Parser(String name, String text, Set<String> functions) {
    this.name = name;
    this.lex = new Lexer(text);
    this.functions = functions;
  }

  /** Parses {@code text} as the template {@code name}; functions are the names callable in it. */
  static Tree parse(String name, String text, Set<String> functions) {
    Parser p = new Parser(name, text, functions);
    ListNode root;
    try {
      root = p.parse();
    } catch (StackOverflowError e) {
      // blocks nested tens of thousands deep: Go's goroutine stack grows to 1 GB, ours ends sooner
      throw p.error(0, "template nested too deeply for llmisvc to parse");
    }
    p.add(name, root, 0);
    return new Tree(name, p.trees.get(name), Map.copyOf(p.trees));
  }

  /** Go's {@code Tree.add}: an empty definition never replaces or conflicts. */
  private void add(String tmpl, ListNode root, int pos) {
    ListNode old = trees.get(tmpl);
    if (old == null || isEmpty(old)) {
      trees.put(tmpl, root);
      return;
    }
    if (!isEmpty(root)) {
      throw error(pos, "template: multiple definition of template " + GoQuote.quote(tmpl));
    }
  }

  private static boolean isEmpty(Node n) {
    if (n instanceof ListNode l) {
      return l.nodes().stream().allMatch(Parser::isEmpty);
    } else if (n instanceof TextNode t) {
      return t.text().isBlank();
    }
    return n instanceof CommentNode;
  }

  /** Runs {@code body} with a fresh variable scope and range depth, as Go's startParse. */
  private ListNode subTree(java.util.function.Supplier<ListNode> body) {
    List<String> savedVars = vars;
    int savedDepth = rangeDepth;
    vars = new ArrayList<>(List.of("$"));
    rangeDepth = 0;
    try {
      return body.get();
    } finally {
      vars = savedVars;
      rangeDepth = savedDepth;
    }
  }

  private String templateName(Item t, String context) {
    if (t.type() != Type.STRING && t.type() != Type.RAW_STRING) {
      throw unexpected(t, context);
    }
    try {
      return GoStrings.unquote(t.val());
    } catch (IllegalArgumentException e) {
      throw error(t, e.getMessage());
    }
  }

  private void definition() {
    String context = "define clause";
    Item nameItem = nextNonSpace();
    if (nameItem.type() != Type.STRING && nameItem.type() != Type.RAW_STRING) {
      throw unexpected(nameItem, context);
    }
    String tmpl = templateName(nameItem, context);
    expect(Type.RIGHT_DELIM, context);
    ListNode body =
        subTree(
            () -> {
              ListAndNext l = itemList();
              if (!(l.next() instanceof EndNode)) {
                throw error(l.next().pos(), "unexpected " + l.next() + " in " + context);
              }
              return l.list();
            });
    add(tmpl, body, nameItem.pos());
  }

  private ListNode parse() {
    ListNode root = new ListNode(peek().pos());
    while (peek().type() != Type.EOF) {
      if (peek().type() == Type.LEFT_DELIM) {
        Item delim = next();
        Item kw = nextNonSpace();
        if (kw.type() == Type.DEFINE) {
          definition();
          continue;
        }
        backup2(delim);
      }
      Node n = textOrAction();
      if (n instanceof EndNode || n instanceof ElseNode) {
        throw error(n.pos(), "unexpected " + n);
      }
      root.nodes().add(n);
    }
    return root;
  }

  // ---- token plumbing (Go's next/backup/peek) ----

  private Item next() {
    if (peekCount > 0) {
      peekCount--;
    } else {
      token[0] = lex.nextItem();
    }
    return token[peekCount];
  }

  private void backup() {
    peekCount++;
  }

  private void backup2(Item t1) {
    token[1] = t1;
    peekCount = 2;
  }

  private void backup3(Item t2, Item t1) {
    token[1] = t1;
    token[2] = t2;
    peekCount = 3;
  }

  private Item peek() {
    if (peekCount > 0) {
      return token[peekCount - 1];
    }
    peekCount = 1;
    token[0] = lex.nextItem();
    return token[0];
  }

  private Item nextNonSpace() {
    Item t;
    do {
      t = next();
    } while (t.type() == Type.SPACE);
    return t;
  }

  private Item peekNonSpace() {
    Item t = nextNonSpace();
    backup();
    return t;
  }

  private GoTemplateError error(Item at, String message) {
    return error(at.pos(), message);
  }

  private GoTemplateError error(int pos, String message) {
    int line = 1;
    String text = lex.input();
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new GoTemplateError(
        "template: " + name + ":" + line + ": " + message, pos, actionAround(pos), true);
  }

  private String actionAround(int pos) {
    String text = lex.input();
    int open = text.lastIndexOf("{{", Math.min(pos, text.length() - 1));
    if (open < 0) {
      return "";
    }
    int close = text.indexOf("}}", open);
    return close < 0 ? text.substring(open) : text.substring(open, close + 2);
  }

  private Item expect(Type type, String context) {
    Item t = nextNonSpace();
    if (t.type() != type) {
      throw unexpected(t, context);
    }
    return t;
  }

  private GoTemplateError unexpected(Item t, String context) {
    if (t.type() == Type.ERROR) {
      return error(t.pos(), t.val()); // a lexer error: Go prints its text alone
    }
    return error(t, "unexpected " + t + " in " + context);
  }

  // ---- grammar ----

  private record ListAndNext(ListNode list, Node next) {}

  private ListAndNext itemList() {
    ListNode list = new ListNode(peekNonSpace().pos());
    while (peekNonSpace().type() != Type.EOF) {
      Node n = textOrAction();
      if (n instanceof EndNode || n instanceof ElseNode) {
        return new ListAndNext(list, n);
      }
      list.nodes().add(n);
    }
    throw error(peek(), "unexpected EOF");
  }

  private Node textOrAction() {
    Item t = nextNonSpace();
    return switch (t.type()) {
      case TEXT -> new TextNode(t.pos(), t.val());
      case LEFT_DELIM -> action();
      case COMMENT -> new CommentNode(t.pos(), t.val());
      default -> throw unexpected(t, "input");
    };
  }

  private Node action() {
    Item t = nextNonSpace();
    switch (t.type()) {
      case BLOCK:
        return blockControl();
      case TEMPLATE:
        return templateControl();
      case BREAK:
        return breakOrContinue(t, true);
      case CONTINUE:
        return breakOrContinue(t, false);
      case ELSE:
        return elseControl();
      case END:
        return new EndNode(expect(Type.RIGHT_DELIM, "end").pos());
      case IF:
        return control("if");
      case RANGE:
        return control("range");
      case WITH:
        return control("with");
      default:
        break;
    }
    backup();
    Item first = peek();
    return new ActionNode(first.pos(), pipeline("command", Type.RIGHT_DELIM));
  }

  private Node templateControl() {
    String context = "template clause";
    Item t = nextNonSpace();
    String tmpl = templateName(t, context);
    PipeNode pipe = null;
    if (nextNonSpace().type() != Type.RIGHT_DELIM) {
      backup();
      pipe = pipeline(context, Type.RIGHT_DELIM);
    }
    return new TemplateNode(t.pos(), tmpl, pipe);
  }

  private Node blockControl() {
    String context = "block clause";
    Item t = nextNonSpace();
    String tmpl = templateName(t, context);
    PipeNode pipe = pipeline(context, Type.RIGHT_DELIM);
    ListNode body =
        subTree(
            () -> {
              ListAndNext l = itemList();
              if (!(l.next() instanceof EndNode)) {
                throw error(l.next().pos(), "unexpected " + l.next() + " in " + context);
              }
              return l.list();
            });
    add(tmpl, body, t.pos());
    return new TemplateNode(t.pos(), tmpl, pipe);
  }

  private Node breakOrContinue(Item kw, boolean isBreak) {
    String word = isBreak ? "break" : "continue";
    Item t = nextNonSpace();
    if (t.type() != Type.RIGHT_DELIM) {
      throw unexpected(t, "{{" + word + "}}");
    }
    if (rangeDepth == 0) {
      throw error(kw, "{{" + word + "}} outside {{range}}");
    }
    return isBreak ? new BreakNode(kw.pos()) : new ContinueNode(kw.pos());
  }

  private Node elseControl() {
    Item p = peekNonSpace();
    if (p.type() == Type.IF || p.type() == Type.WITH) {
      return new ElseNode(p.pos());
    }
    return new ElseNode(expect(Type.RIGHT_DELIM, "else").pos());
  }

  private BranchNode control(String context) {
    int mark = vars.size();
    try {
      PipeNode pipe = pipeline(context, Type.RIGHT_DELIM);
      if (context.equals("range")) {
        rangeDepth++;
      }
      ListAndNext body = itemList();
      if (context.equals("range")) {
        rangeDepth--;
      }
      ListNode elseList = null;
      if (body.next() instanceof ElseNode els) {
        if (context.equals("if") && peek().type() == Type.IF) {
          next();
          elseList = new ListNode(els.pos());
          elseList.nodes().add(control("if"));
        } else if (context.equals("with") && peek().type() == Type.WITH) {
          next();
          elseList = new ListNode(els.pos());
          elseList.nodes().add(control("with"));
        } else {
          ListAndNext e = itemList();
          if (!(e.next() instanceof EndNode)) {
            throw error(e.next().pos(), "expected end; found " + e.next());
          }
          elseList = e.list();
        }
      }
      return new BranchNode(context, pipe.pos(), pipe, body.list(), elseList);
    } finally {
      while (vars.size() > mark) {
        vars.remove(vars.size() - 1);
      }
    }
  }

  private PipeNode pipeline(String context, Type end) {
    Item first = peekNonSpace();
    List<VariableNode> decl = new ArrayList<>();
    boolean isAssign = false;
    List<CommandNode> cmds = new ArrayList<>();
    decls:
    while (true) {
      Item v = peekNonSpace();
      if (v.type() != Type.VARIABLE) {
        break;
      }
      next();
      Item afterVariable = peek();
      Item n = peekNonSpace();
      if (n.type() == Type.ASSIGN || n.type() == Type.DECLARE) {
        isAssign = n.type() == Type.ASSIGN;
        nextNonSpace();
        decl.add(new VariableNode(v.pos(), List.of(v.val())));
        vars.add(v.val());
      } else if (n.type() == Type.CHAR && n.val().equals(",")) {
        nextNonSpace();
        decl.add(new VariableNode(v.pos(), List.of(v.val())));
        vars.add(v.val());
        if (context.equals("range") && decl.size() < 2) {
          Type pt = peekNonSpace().type();
          if (pt == Type.VARIABLE || pt == Type.RIGHT_DELIM || pt == Type.RIGHT_PAREN) {
            continue decls;
          }
          throw error(peekNonSpace(), "range can only initialize variables");
        }
        throw error(n, "too many declarations in " + context);
      } else if (afterVariable.type() == Type.SPACE) {
        backup3(v, afterVariable);
      } else {
        backup2(v);
      }
      break;
    }
    while (true) {
      Item t = nextNonSpace();
      if (t.type() == end) {
        PipeNode pipe = new PipeNode(first.pos(), isAssign, decl, cmds);
        checkPipeline(pipe, context, t);
        return pipe;
      }
      switch (t.type()) {
        case BOOL,
            CHAR_CONSTANT,
            DOT,
            FIELD,
            IDENTIFIER,
            NUMBER,
            NIL,
            RAW_STRING,
            STRING,
            VARIABLE,
            LEFT_PAREN -> {
          backup();
          cmds.add(command());
        }
        default -> throw unexpected(t, context);
      }
    }
  }

  private void checkPipeline(PipeNode pipe, String context, Item at) {
    if (pipe.cmds().isEmpty()) {
      throw error(at, "missing value for " + context);
    }
    for (int i = 1; i < pipe.cmds().size(); i++) {
      Node a = pipe.cmds().get(i).args().get(0);
      if (a instanceof BoolNode
          || a instanceof DotNode
          || a instanceof NilNode
          || a instanceof NumberNode
          || a instanceof StringNode) {
        throw error(a.pos(), "non executable command in pipeline stage " + (i + 1));
      }
    }
  }

  private CommandNode command() {
    CommandNode cmd = new CommandNode(peekNonSpace().pos(), new ArrayList<>());
    while (true) {
      peekNonSpace();
      Node operand = operand();
      if (operand != null) {
        cmd.args().add(operand);
      }
      Item t = next();
      if (t.type() == Type.SPACE) {
        continue;
      }
      if (t.type() == Type.RIGHT_DELIM || t.type() == Type.RIGHT_PAREN) {
        backup();
      } else if (t.type() != Type.PIPE) {
        throw unexpected(t, "operand");
      }
      break;
    }
    if (cmd.args().isEmpty()) {
      throw error(cmd.pos(), "empty command");
    }
    return cmd;
  }

  private Node operand() {
    Node node = term();
    if (node == null) {
      return null;
    }
    if (peek().type() == Type.FIELD) {
      int chainPos = peek().pos();
      List<String> fields = new ArrayList<>();
      while (peek().type() == Type.FIELD) {
        fields.add(next().val().substring(1));
      }
      if (node instanceof FieldNode f) {
        List<String> all = new ArrayList<>(f.ident());
        all.addAll(fields);
        node = new FieldNode(chainPos, all);
      } else if (node instanceof VariableNode v) {
        List<String> all = new ArrayList<>(v.ident());
        all.addAll(fields);
        node = new VariableNode(chainPos, all);
      } else if (node instanceof BoolNode
          || node instanceof StringNode
          || node instanceof NumberNode
          || node instanceof NilNode
          || node instanceof DotNode) {
        throw error(chainPos, "unexpected . after term " + GoQuote.quote(node.toString()));
      } else {
        node = new ChainNode(chainPos, node, fields);
      }
    }
    return node;
  }

  private Node term() {
    Item t = nextNonSpace();
    switch (t.type()) {
      case IDENTIFIER:
        if (!functions.contains(t.val())) {
          throw error(t, "function " + GoQuote.quote(t.val()) + " not defined");
        }
        return new IdentifierNode(t.pos(), t.val());
      case DOT:
        return new DotNode(t.pos());
      case NIL:
        return new NilNode(t.pos());
      case VARIABLE:
        if (!vars.contains(t.val())) {
          throw error(t, "undefined variable " + GoQuote.quote(t.val()));
        }
        return new VariableNode(t.pos(), List.of(t.val()));
      case FIELD:
        return new FieldNode(t.pos(), List.of(t.val().substring(1)));
      case BOOL:
        return new BoolNode(t.pos(), t.val().equals("true"));
      case CHAR_CONSTANT, NUMBER:
        return number(t);
      case LEFT_PAREN:
        // Go's maxStackDepth: parentheses nest at most 10000 deep
        if (parenDepth >= MAX_PAREN_DEPTH) {
          throw error(t, "max expression depth exceeded");
        }
        parenDepth++;
        try {
          return pipeline("parenthesized pipeline", Type.RIGHT_PAREN);
        } finally {
          parenDepth--;
        }
      case STRING, RAW_STRING:
        try {
          return new StringNode(t.pos(), t.val(), GoStrings.unquote(t.val()));
        } catch (IllegalArgumentException e) {
          throw error(t, e.getMessage());
        }
      default:
        backup();
        return null;
    }
  }

  private NumberNode number(Item t) {
    String text = t.val();
    if (t.type() == Type.CHAR_CONSTANT) {
      int rune;
      try {
        rune = GoStrings.unquoteChar(text);
      } catch (IllegalArgumentException e) {
        throw error(t, e.getMessage());
      }
      return new NumberNode(t.pos(), text, true, rune, true, true, rune);
    }
    if (text.endsWith("i")) {
      throw error(t, "complex constants are not supported: " + text);
    }
    BigInteger big = GoStrings.parseGoInt(text);
    boolean isInt = false;
    boolean isUint = false;
    long i64 = 0;
    if (big != null) {
      if (big.bitLength() < 64) {
        isInt = true;
        i64 = big.longValue();
      }
      if (big.signum() >= 0 && big.bitLength() <= 64) {
        isUint = true;
      }
    }
    boolean isFloat = false;
    double f64 = 0;
    if (isInt) {
      isFloat = true;
      f64 = i64;
    } else if (isUint) {
      isFloat = true;
      f64 = big.doubleValue();
    } else {
      Double f = GoStrings.parseGoFloat(text);
      if (f != null) {
        if (!text.matches(".*[.eEpP].*")) {
          throw error(t, "integer overflow: " + GoQuote.quote(text));
        }
        isFloat = true;
        f64 = f;
        if (f == Math.rint(f) && Math.abs(f) < 9.223372036854775807E18) {
          isInt = true;
          i64 = (long) f.doubleValue();
        }
      }
    }
    if (!isInt && !isUint && !isFloat) {
      throw error(t, "illegal number syntax: " + GoQuote.quote(text));
    }
    return new NumberNode(t.pos(), text, isInt, i64, isUint, isFloat, f64);
  }
}
