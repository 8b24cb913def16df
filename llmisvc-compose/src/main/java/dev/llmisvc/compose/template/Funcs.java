package dev.llmisvc.compose.template;

import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.compose.template.GoValue.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions a template can call: Go's builtins, KServe's three extras and the methods of the
 * KServe and Kubernetes types templates reach. Each has a Go signature, which the executor uses to
 * check and convert arguments as {@code text/template} does.
 */
final class Funcs {
  private Funcs() {}

  /** A parameter type: how the executor converts an argument. */
  record Param(Kind kind, String goType) {
    enum Kind {
      VALUE, // reflect.Value: anything, unconverted
      ANY, // interface{}: anything, nil allowed
      STRING,
      INT,
      PTR
    }

    static final Param VALUE = new Param(Kind.VALUE, "reflect.Value");
    static final Param ANY = new Param(Kind.ANY, "interface {}");
    static final Param STRING = new Param(Kind.STRING, "string");
    static final Param INT = new Param(Kind.INT, "int");

    static Param ptr(String goType) {
      return new Param(Kind.PTR, goType);
    }

    /** Go's {@code canBeNil}: interfaces, pointers, and (since Go 1.18) {@code reflect.Value}. */
    boolean canBeNil() {
      return kind == Kind.ANY || kind == Kind.PTR || kind == Kind.VALUE;
    }
  }

  /** A function failure; the executor reports it as {@code error calling NAME: message}. */
  static final class FuncError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FuncError(String message) {
      super(message, null, false, false);
    }
  }

  interface Impl {
    GoValue call(List<GoValue> args);
  }

  /** A callable: fixed parameters, optionally a variadic last one. */
  record Func(String name, List<Param> params, boolean variadic, Impl impl) {
    int numIn() {
      return params.size();
    }
  }

  /** A method: the receiver (a struct, a Quantity, or a nil pointer) comes first in impl's args. */
  record Method(String name, List<Param> params, Impl impl) {}

  static final Map<String, Func> ALL = new LinkedHashMap<>();

  private static void def(String name, boolean variadic, Impl impl, Param... params) {
    ALL.put(name, new Func(name, List.of(params), variadic, impl));
  }

  static {
    def("and", true, a -> a.get(0), Param.VALUE, Param.VALUE);
    def("or", true, a -> a.get(0), Param.VALUE, Param.VALUE);
    def("not", false, a -> new Bool(!GoValue.truth(a.get(0))), Param.VALUE);
    def("call", true, Builtins::call, Param.VALUE, Param.VALUE);
    def(
        "eq",
        true,
        a -> new Bool(Builtins.eq(a.get(0), a.subList(1, a.size()))),
        Param.VALUE,
        Param.VALUE);
    def(
        "ne",
        false,
        a -> new Bool(!Builtins.eq(a.get(0), a.subList(1, 2))),
        Param.VALUE,
        Param.VALUE);
    def("lt", false, a -> new Bool(Builtins.lt(a.get(0), a.get(1))), Param.VALUE, Param.VALUE);
    def(
        "le",
        false,
        a -> new Bool(Builtins.lt(a.get(0), a.get(1)) || Builtins.eq(a.get(0), a.subList(1, 2))),
        Param.VALUE,
        Param.VALUE);
    def(
        "gt",
        false,
        a -> new Bool(!(Builtins.lt(a.get(0), a.get(1)) || Builtins.eq(a.get(0), a.subList(1, 2)))),
        Param.VALUE,
        Param.VALUE);
    def("ge", false, a -> new Bool(!Builtins.lt(a.get(0), a.get(1))), Param.VALUE, Param.VALUE);
    def("html", true, a -> Str.of(Builtins.html(Builtins.evalArgs(a))), Param.ANY);
    def("js", true, a -> Str.of(Builtins.js(Builtins.evalArgs(a))), Param.ANY);
    def("urlquery", true, a -> Str.of(Builtins.urlquery(Builtins.evalArgs(a))), Param.ANY);
    def("print", true, a -> Str.of(GoFormat.sprint(a)), Param.ANY);
    def("println", true, a -> Str.of(GoFormat.sprintln(a)), Param.ANY);
    def(
        "printf",
        true,
        a -> Str.of(GoFormat.sprintf(((Str) a.get(0)).value(), a.subList(1, a.size()))),
        Param.STRING,
        Param.ANY);
    def("len", false, a -> new Int(Builtins.length(a.get(0)), "int"), Param.VALUE);
    def(
        "index",
        true,
        a -> Builtins.index(a.get(0), a.subList(1, a.size())),
        Param.VALUE,
        Param.VALUE);
    def(
        "slice",
        true,
        a -> Builtins.slice(a.get(0), a.subList(1, a.size())),
        Param.VALUE,
        Param.VALUE);
    // KServe's extra functions (config_merge.go)
    def(
        "ChildName",
        false,
        a -> Str.of(ChildName.of(((Str) a.get(0)).value(), ((Str) a.get(1)).value())),
        Param.STRING,
        Param.STRING);
    def(
        "shutdownTimeout",
        false,
        KServeFunctions::shutdownTimeout,
        Param.ANY, // KServe declares spec any: another type, or nil, means the default
        new Param(Param.Kind.INT, "int64"));
    def(
        "kvTransferConfig",
        false,
        KServeFunctions::kvTransferConfig,
        Param.ANY); // spec any: anything but a non-nil *KVCacheOffloadingSpec gives ""
  }

  /** A method of a Go type, by the type's printed name ({@code v1alpha2.ParallelismSpec}). */
  static Optional<Method> method(String type, String name) {
    return Methods.method(type, name);
  }

  static boolean builtin(String name) {
    return !name.equals("ChildName")
        && !name.equals("shutdownTimeout")
        && !name.equals("kvTransferConfig");
  }
}
