package dev.llmisvc.compose.template;

import dev.llmisvc.api.GoQuote;
import dev.llmisvc.compose.template.Funcs.Func;
import dev.llmisvc.compose.template.Funcs.FuncError;
import dev.llmisvc.compose.template.Funcs.Method;
import dev.llmisvc.compose.template.Funcs.Param;
import dev.llmisvc.compose.template.GoValue.*;
import dev.llmisvc.compose.template.Node.*;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Go's {@code text/template} executor ({@code exec.go}, Go 1.25) over {@link GoValue}s, with option
 * {@code missingkey=error}: field and method resolution, pointer indirection, argument conversion,
 * short-circuit {@code and}/{@code or}, {@code range} over slices, maps and integers, and Go's
 * error messages ({@code template: NAME:LINE:COL: executing "NAME" at <EXPR>: ...}).
 */
final class Executor {
  private static final GoValue MISSING = new Invalid();

  private static final class Break extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Break() {
      super(null, null, false, false);
    }
  }

  private static final class Continue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Continue() {
      super(null, null, false, false);
    }
  }

  private record Variable(String name, GoValue value) {}

  private static final int MAX_DEPTH = 100000;

  /**
   * Most characters one execution may write, and the longest string a function may return. Go has
   * no such limit (it runs out of memory); a whole preset renders to some 20 KB, so this is a
   * thousand times more than any real config needs.
   */
  static final int MAX_OUTPUT = 16 * 1024 * 1024;

  /**
   * Most steps (nodes walked, range iterations) one execution may take. Go has no such limit
   * either; the shipped presets take a few thousand.
   */
  static final long MAX_STEPS = 10_000_000L;

  private long steps;

  private final String parseName;
  private final String text;
  private final Map<String, ListNode> templates;
  private final StringBuilder out = new StringBuilder();
  private List<Variable> vars = new ArrayList<>();
  private String name;
  private int depth;
  private Node node;

  private Executor(String name, String text, Map<String, ListNode> templates) {
    this.parseName = name;
    this.name = name;
    this.text = text;
    this.templates = templates;
  }

  /** Executes the parsed {@code tree} of source {@code text} on {@code data}. */
  static String execute(String text, Parser.Tree tree, GoValue data) {
    Executor s = new Executor(tree.name(), text, tree.templates());
    s.vars.add(new Variable("$", data));
    try {
      s.walk(data, tree.root());
    } catch (StackOverflowError e) {
      // Go stops at a template depth of 100000; the JVM stack ends sooner
      throw s.error("exceeded maximum template depth (" + MAX_DEPTH + ")");
    }
    return s.out.toString();
  }

  /** One more step of the budget; a template that loops or recurses without end stops here. */
  private void step() {
    if (++steps > MAX_STEPS) {
      throw error(
          "exceeded the limit of "
              + MAX_STEPS
              + " steps (llmisvc's bound on template execution; Go has none)");
    }
  }

  /** Writes {@code s} to the output, within {@link #MAX_OUTPUT}. */
  private void write(String s) {
    if (out.length() + (long) s.length() > MAX_OUTPUT) {
      throw error(
          "output exceeds "
              + MAX_OUTPUT
              + " characters (llmisvc's bound on template execution; Go has none)");
    }
    out.append(s);
  }

  // ---- errors ----

  private GoTemplateError error(String message) {
    if (node == null) {
      return new GoTemplateError("template: " + name + ": " + message, 0, "", false);
    }
    int pos = Math.min(node.pos(), text.length());
    String before = text.substring(0, pos);
    int nl = before.lastIndexOf('\n');
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int col = before.substring(nl + 1).getBytes(StandardCharsets.UTF_8).length;
    String context = node.toString();
    return new GoTemplateError(
        "template: "
            + parseName
            + ":"
            + line
            + ":"
            + col
            + ": executing "
            + GoQuote.quote(name)
            + " at <"
            + context
            + ">: "
            + message,
        pos,
        context,
        false);
  }

  private void at(Node n) {
    node = n;
  }

  // ---- variables ----

  private int mark() {
    return vars.size();
  }

  private void pop(int mark) {
    while (vars.size() > mark) {
      vars.remove(vars.size() - 1);
    }
  }

  private void push(String n, GoValue v) {
    vars.add(new Variable(n, v));
  }

  private void setVar(String n, GoValue v) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i).name().equals(n)) {
        vars.set(i, new Variable(n, v));
        return;
      }
    }
    throw error("undefined variable: " + n);
  }

  private void setTopVar(int n, GoValue v) {
    Variable old = vars.get(vars.size() - n);
    vars.set(vars.size() - n, new Variable(old.name(), v));
  }

  private GoValue varValue(String n) {
    for (int i = vars.size() - 1; i >= 0; i--) {
      if (vars.get(i).name().equals(n)) {
        return vars.get(i).value();
      }
    }
    throw error("undefined variable: " + n);
  }

  // ---- walking ----

  private void walk(GoValue dot, Node n) {
    at(n);
    step();
    if (n instanceof ActionNode a) {
      GoValue val = evalPipeline(dot, a.pipe());
      if (a.pipe().decl().isEmpty()) {
        at(a);
        write(GoFormat.printAction(val));
      }
    } else if (n instanceof BreakNode) {
      throw new Break();
    } else if (n instanceof ContinueNode) {
      throw new Continue();
    } else if (n instanceof CommentNode) {
      // nothing
    } else if (n instanceof ListNode l) {
      for (Node c : l.nodes()) {
        walk(dot, c);
      }
    } else if (n instanceof TextNode t) {
      write(t.text());
    } else if (n instanceof TemplateNode t) {
      walkTemplate(dot, t);
    } else if (n instanceof BranchNode b) {
      if (b.kind().equals("range")) {
        walkRange(dot, b);
      } else {
        walkIfOrWith(dot, b);
      }
    }
  }

  private void walkTemplate(GoValue dot, TemplateNode t) {
    at(t);
    ListNode body = templates.get(t.name());
    if (body == null) {
      throw error("template " + GoQuote.quote(t.name()) + " not defined");
    }
    if (depth == MAX_DEPTH) {
      throw error("exceeded maximum template depth (" + MAX_DEPTH + ")");
    }
    GoValue newDot = t.pipe() == null ? new Invalid() : evalPipeline(dot, t.pipe());
    List<Variable> savedVars = vars;
    String savedName = name;
    vars = new ArrayList<>(List.of(new Variable("$", newDot))); // no dynamic scoping
    name = t.name();
    depth++;
    try {
      walk(newDot, body);
    } finally {
      depth--;
      name = savedName;
      vars = savedVars;
    }
  }

  private void walkIfOrWith(GoValue dot, BranchNode b) {
    int mark = mark();
    try {
      GoValue val = evalPipeline(dot, b.pipe());
      if (GoValue.truth(val)) {
        walk(b.kind().equals("with") ? val : dot, b.list());
      } else if (b.elseList() != null) {
        walk(dot, b.elseList());
      }
    } finally {
      pop(mark);
    }
  }

  private void walkRange(GoValue dot, BranchNode r) {
    at(r);
    int outer = mark();
    try {
      GoValue val = GoValue.indirect(evalPipeline(dot, r.pipe()));
      int mark = mark();
      boolean ran = false;
      try {
        if (val instanceof Slice s) {
          for (int i = 0; i < s.items().size(); i++) {
            ran = true;
            oneIteration(r, mark, new Int(i, "int"), s.items().get(i));
          }
        } else if (val instanceof MapVal m) {
          for (Map.Entry<String, GoValue> e : m.entries().entrySet()) {
            ran = true;
            oneIteration(r, mark, Str.of(e.getKey()), e.getValue());
          }
        } else if (val instanceof Int n) {
          if (r.pipe().decl().size() > 1) {
            throw error(
                "can't use "
                    + GoFormat.value(val, 0, false)
                    + " to iterate over more than one variable");
          }
          for (long i = 0; i < n.value(); i++) {
            ran = true;
            GoValue v = new Int(i, n.type());
            oneIteration(r, mark, v, v);
          }
        } else if (!(val instanceof Invalid)) {
          throw error("range can't iterate over " + GoFormat.value(val, 0, false));
        }
      } catch (Break b) {
        return;
      }
      if (!ran && r.elseList() != null) {
        walk(dot, r.elseList());
      }
    } finally {
      pop(outer);
    }
  }

  private void oneIteration(BranchNode r, int mark, GoValue index, GoValue elem) {
    PipeNode p = r.pipe();
    if (!p.decl().isEmpty()) {
      if (p.isAssign()) {
        setVar(p.decl().get(0).ident().get(0), p.decl().size() > 1 ? index : elem);
      } else {
        setTopVar(1, elem);
      }
    }
    if (p.decl().size() > 1) {
      if (p.isAssign()) {
        setVar(p.decl().get(1).ident().get(0), elem);
      } else {
        setTopVar(2, index);
      }
    }
    try {
      walk(elem, r.list());
    } catch (Continue c) {
      // next iteration
    } finally {
      pop(mark);
    }
  }

  // ---- evaluation ----

  private GoValue evalPipeline(GoValue dot, PipeNode pipe) {
    at(pipe);
    GoValue value = MISSING;
    for (CommandNode cmd : pipe.cmds()) {
      value = evalCommand(dot, cmd, value);
    }
    for (VariableNode v : pipe.decl()) {
      if (pipe.isAssign()) {
        setVar(v.ident().get(0), value);
      } else {
        push(v.ident().get(0), value);
      }
    }
    return value;
  }

  private void notAFunction(List<Node> args, GoValue fin) {
    if (args.size() > 1 || fin != MISSING) {
      throw error("can't give argument to non-function " + args.get(0));
    }
  }

  private GoValue evalCommand(GoValue dot, CommandNode cmd, GoValue fin) {
    Node first = cmd.args().get(0);
    if (first instanceof FieldNode f) {
      return evalFieldNode(dot, f, cmd.args(), fin);
    } else if (first instanceof ChainNode c) {
      return evalChainNode(dot, c, cmd.args(), fin);
    } else if (first instanceof IdentifierNode id) {
      return evalFunction(dot, id, cmd, cmd.args(), fin);
    } else if (first instanceof PipeNode p) {
      notAFunction(cmd.args(), fin);
      return evalPipeline(dot, p);
    } else if (first instanceof VariableNode v) {
      return evalVariableNode(dot, v, cmd.args(), fin);
    }
    at(first);
    notAFunction(cmd.args(), fin);
    if (first instanceof BoolNode b) {
      return new Bool(b.value());
    } else if (first instanceof DotNode) {
      return dot;
    } else if (first instanceof NilNode) {
      throw error("nil is not a command");
    } else if (first instanceof NumberNode num) {
      return idealConstant(num);
    } else if (first instanceof StringNode s) {
      return Str.of(s.text());
    }
    throw error("can't evaluate command " + GoQuote.quote(first.toString()));
  }

  private GoValue idealConstant(NumberNode c) {
    at(c);
    String t = c.text();
    boolean hexInt =
        t.length() > 2
            && t.charAt(0) == '0'
            && (t.charAt(1) == 'x' || t.charAt(1) == 'X')
            && !t.contains("p")
            && !t.contains("P");
    boolean runeInt = t.startsWith("'");
    if (c.isFloat() && !hexInt && !runeInt && t.matches(".*[.eEpP].*")) {
      return new Flt(c.float64(), "float64");
    }
    if (c.isInt()) {
      return new Int(c.int64(), "int");
    }
    if (c.isUint()) {
      throw error(t + " overflows int");
    }
    return MISSING;
  }

  private GoValue evalFieldNode(GoValue dot, FieldNode f, List<Node> args, GoValue fin) {
    at(f);
    return evalFieldChain(dot, dot, f, f.ident(), args, fin);
  }

  private GoValue evalChainNode(GoValue dot, ChainNode c, List<Node> args, GoValue fin) {
    at(c);
    if (c.node() instanceof NilNode) {
      throw error("indirection through explicit nil in " + c);
    }
    GoValue pipe = evalArg(dot, Param.VALUE, c.node());
    return evalFieldChain(dot, pipe, c, c.field(), args, fin);
  }

  private GoValue evalVariableNode(GoValue dot, VariableNode v, List<Node> args, GoValue fin) {
    at(v);
    GoValue value = varValue(v.ident().get(0));
    if (v.ident().size() == 1) {
      notAFunction(args == null ? List.of(v) : args, fin);
      return value;
    }
    return evalFieldChain(dot, value, v, v.ident().subList(1, v.ident().size()), args, fin);
  }

  private GoValue evalFieldChain(
      GoValue dot, GoValue receiver, Node n, List<String> ident, List<Node> args, GoValue fin) {
    int k = ident.size();
    for (int i = 0; i < k - 1; i++) {
      receiver = evalField(dot, ident.get(i), n, null, MISSING, receiver);
    }
    return evalField(dot, ident.get(k - 1), n, args, fin, receiver);
  }

  private GoValue evalFunction(
      GoValue dot, IdentifierNode id, Node cmd, List<Node> args, GoValue fin) {
    at(id);
    Func f = Funcs.ALL.get(id.ident());
    if (f == null) {
      throw error(GoQuote.quote(id.ident()) + " is not a defined function");
    }
    return evalCall(
        dot,
        f.name(),
        f.params(),
        f.variadic(),
        Funcs.builtin(f.name()),
        null,
        f.impl(),
        cmd,
        args,
        fin);
  }

  private GoValue evalField(
      GoValue dot, String fieldName, Node n, List<Node> args, GoValue fin, GoValue receiver) {
    if (receiver instanceof Invalid) {
      throw error("nil data; no entry for key " + GoQuote.quote(fieldName));
    }
    String typ = receiver.type();
    GoValue r = GoValue.indirect(receiver);
    Optional<MethodTarget> method = findMethod(r, fieldName, 0);
    if (method.isPresent()) {
      Method m = method.get().method();
      GoValue recv = method.get().receiver();
      return evalCall(dot, fieldName, m.params(), false, false, recv, m.impl(), n, args, fin);
    }
    boolean hasArgs = (args != null && args.size() > 1) || fin != MISSING;
    if (r instanceof Struct s) {
      Optional<GoValue> field = findField(s, fieldName);
      if (field.isPresent()) {
        if (hasArgs) {
          throw error(fieldName + " has arguments but cannot be invoked as function");
        }
        return field.get();
      }
    } else if (r instanceof MapVal m) {
      if (hasArgs) {
        throw error(fieldName + " is not a method but has arguments");
      }
      GoValue v = m.entries().get(fieldName);
      if (v == null) {
        throw error("map has no entry for key " + GoQuote.quote(fieldName));
      }
      return v;
    } else if (r instanceof Ptr p) {
      GoValue zero = p.zero().get();
      if (zero instanceof Struct zs && (zs.open() || findField(zs, fieldName).isPresent())) {
        throw error("nil pointer evaluating " + typ + "." + fieldName);
      }
    }
    throw error("can't evaluate field " + fieldName + " in type " + typ);
  }

  private record MethodTarget(Method method, GoValue receiver) {}

  private static Optional<MethodTarget> findMethod(GoValue r, String name, int depth) {
    String type;
    if (r instanceof Ptr p) {
      type = p.elemType();
    } else {
      type = r.type();
    }
    Optional<Method> m = Funcs.method(type, name);
    if (m.isPresent()) {
      return Optional.of(new MethodTarget(m.get(), r));
    }
    if (depth < 4 && r instanceof Struct s) {
      for (String e : s.embedded()) {
        GoValue inner = GoValue.indirect(s.field(e).orElseThrow());
        Optional<MethodTarget> found = findMethod(inner, name, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Go's FieldByName: the shallowest match wins; two at the same depth hide each other. */
  private static Optional<GoValue> findField(Struct s, String name) {
    ArrayDeque<Struct> level = new ArrayDeque<>(List.of(s));
    for (int depth = 0; depth < 6 && !level.isEmpty(); depth++) {
      List<GoValue> found = new ArrayList<>();
      ArrayDeque<Struct> nextLevel = new ArrayDeque<>();
      for (Struct st : level) {
        if (st.fieldNames().contains(name) || st.open()) {
          st.field(name).ifPresent(found::add);
        }
        for (String e : st.embedded()) {
          GoValue inner = GoValue.indirect(st.field(e).orElseThrow());
          if (inner instanceof Struct is) {
            nextLevel.add(is);
          }
        }
      }
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
      if (found.size() > 1) {
        return Optional.empty();
      }
      level = nextLevel;
    }
    return Optional.empty();
  }

  private GoValue evalCall(
      GoValue dot,
      String fname,
      List<Param> params,
      boolean variadic,
      boolean builtin,
      GoValue receiver,
      Funcs.Impl impl,
      Node n,
      List<Node> args,
      GoValue fin) {
    List<Node> rest = args == null ? List.of() : args.subList(1, args.size());
    int numIn = rest.size() + (fin != MISSING ? 1 : 0);
    int numFixed = rest.size();
    if (variadic) {
      numFixed = params.size() - 1;
      if (numIn < numFixed) {
        throw error(
            "wrong number of args for "
                + fname
                + ": want at least "
                + numFixed
                + " got "
                + rest.size());
      }
    } else if (numIn != params.size()) {
      throw error(
          "wrong number of args for " + fname + ": want " + params.size() + " got " + numIn);
    }
    if (builtin && (fname.equals("and") || fname.equals("or"))) {
      GoValue v = MISSING;
      for (Node a : rest) {
        v = evalArg(dot, Param.VALUE, a);
        if (GoValue.truth(v) == fname.equals("or")) {
          return v;
        }
      }
      if (fin != MISSING) {
        v = validateType(fin, Param.VALUE);
      }
      return v;
    }
    List<GoValue> argv = new ArrayList<>();
    int i = 0;
    for (; i < numFixed && i < rest.size(); i++) {
      argv.add(evalArg(dot, params.get(i), rest.get(i)));
    }
    if (variadic) {
      Param p = params.get(params.size() - 1);
      for (; i < rest.size(); i++) {
        argv.add(evalArg(dot, p, rest.get(i)));
      }
    }
    if (fin != MISSING) {
      Param t = params.get(params.size() - 1);
      if (variadic && numIn - 1 < numFixed) {
        t = params.get(numIn - 1);
      }
      argv.add(validateType(fin, t));
    }
    if (builtin && fname.equals("call")) {
      argv.add(0, Str.of(rest.get(0).toString()));
    }
    if (receiver != null) {
      argv.add(0, receiver);
    }
    try {
      GoValue result = impl.call(argv);
      if (result instanceof Str str && str.value().length() > MAX_OUTPUT) {
        at(n);
        throw error(
            "error calling "
                + fname
                + ": result exceeds "
                + MAX_OUTPUT
                + " characters (llmisvc's bound on template execution; Go has none)");
      }
      return result;
    } catch (FuncError e) {
      at(n);
      throw error("error calling " + fname + ": " + e.getMessage());
    }
  }

  private GoValue evalArg(GoValue dot, Param p, Node n) {
    at(n);
    if (n instanceof DotNode) {
      return validateType(dot, p);
    } else if (n instanceof NilNode) {
      if (p.canBeNil()) {
        return p.kind() == Param.Kind.PTR ? new Ptr(p.goType(), Optional.empty()) : new Invalid();
      }
      throw error("cannot assign nil to " + p.goType());
    } else if (n instanceof FieldNode f) {
      return validateType(evalFieldNode(dot, f, List.of(n), MISSING), p);
    } else if (n instanceof VariableNode v) {
      return validateType(evalVariableNode(dot, v, null, MISSING), p);
    } else if (n instanceof PipeNode pipe) {
      return validateType(evalPipeline(dot, pipe), p);
    } else if (n instanceof IdentifierNode id) {
      return validateType(evalFunction(dot, id, id, null, MISSING), p);
    } else if (n instanceof ChainNode c) {
      return validateType(evalChainNode(dot, c, null, MISSING), p);
    }
    switch (p.kind()) {
      case INT:
        if (n instanceof NumberNode num && num.isInt()) {
          return new Int(num.int64(), p.goType());
        }
        throw error("expected integer; found " + n);
      case STRING:
        if (n instanceof StringNode s) {
          return Str.of(s.text());
        }
        throw error("expected string; found " + n);
      case VALUE:
      case ANY:
        if (n instanceof BoolNode b) {
          return new Bool(b.value());
        } else if (n instanceof NumberNode num) {
          return idealConstant(num);
        } else if (n instanceof StringNode s) {
          return Str.of(s.text());
        }
        throw error("can't handle assignment of " + n + " to empty interface argument");
      default:
        throw error("can't handle " + n + " for arg of type " + p.goType());
    }
  }

  private GoValue validateType(GoValue value, Param p) {
    if (value instanceof Invalid) {
      if (p.kind() == Param.Kind.ANY) {
        return value;
      }
      if (p.kind() == Param.Kind.PTR) {
        return new Ptr(p.goType(), Optional.empty());
      }
      throw error("invalid value; expected " + p.goType());
    }
    switch (p.kind()) {
      case VALUE:
      case ANY:
        return value;
      default:
        break;
    }
    String want = p.goType();
    if (matches(value, p)) {
      return value;
    }
    if (value instanceof Ptr ptr && ptr.elemType().equals(want)) {
      if (ptr.isNil()) {
        throw error("dereference of nil pointer of type " + want);
      }
      return ptr.target().get();
    }
    if (p.kind() == Param.Kind.PTR && want.equals("*" + value.type())) {
      return new Ptr(want, Optional.of(value));
    }
    throw error("wrong type for value; expected " + want + "; got " + value.type());
  }

  private static boolean matches(GoValue v, Param p) {
    return switch (p.kind()) {
      case STRING -> v instanceof Str s && s.type().equals("string");
      case INT -> v instanceof Int i && i.type().equals(p.goType());
      case PTR -> v instanceof Ptr ptr && ptr.type().equals(p.goType());
      default -> true;
    };
  }
}
