package dev.llmisvc.compose.template;

import dev.llmisvc.api.GoQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * The parse tree of Go's {@code text/template/parse}. {@code toString()} renders a node the way
 * Go's {@code Node.String()} does, which is what error messages quote after {@code at <...>}.
 */
sealed interface Node {
  /** Char offset of the node in the template text. */
  int pos();

  record ListNode(int pos, List<Node> nodes) implements Node {
    ListNode(int pos) {
      this(pos, new ArrayList<>());
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      nodes.forEach(sb::append);
      return sb.toString();
    }
  }

  record TextNode(int pos, String text) implements Node {
    @Override
    public String toString() {
      return GoQuote.quote(text);
    }
  }

  record CommentNode(int pos, String text) implements Node {
    @Override
    public String toString() {
      return "{{" + text + "}}";
    }
  }

  record ActionNode(int pos, PipeNode pipe) implements Node {
    @Override
    public String toString() {
      return "{{" + pipe + "}}";
    }
  }

  record PipeNode(int pos, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds)
      implements Node {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      if (!decl.isEmpty()) {
        for (int i = 0; i < decl.size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          sb.append(decl.get(i));
        }
        sb.append(isAssign ? " = " : " := ");
      }
      for (int i = 0; i < cmds.size(); i++) {
        if (i > 0) {
          sb.append(" | ");
        }
        sb.append(cmds.get(i));
      }
      return sb.toString();
    }
  }

  record CommandNode(int pos, List<Node> args) implements Node {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        Node a = args.get(i);
        if (a instanceof PipeNode) {
          sb.append('(').append(a).append(')');
        } else {
          sb.append(a);
        }
      }
      return sb.toString();
    }
  }

  record IdentifierNode(int pos, String ident) implements Node {
    @Override
    public String toString() {
      return ident;
    }
  }

  /** {@code $x} or {@code $x.F.G}: ident[0] is the variable. */
  record VariableNode(int pos, List<String> ident) implements Node {
    @Override
    public String toString() {
      return String.join(".", ident);
    }
  }

  record DotNode(int pos) implements Node {
    @Override
    public String toString() {
      return ".";
    }
  }

  record NilNode(int pos) implements Node {
    @Override
    public String toString() {
      return "nil";
    }
  }

  /** {@code .A.B}: the identifiers without dots. */
  record FieldNode(int pos, List<String> ident) implements Node {
    @Override
    public String toString() {
      return "." + String.join(".", ident);
    }
  }

  /** {@code (pipe).A.B} or {@code $x.A}-like chains on any term. */
  record ChainNode(int pos, Node node, List<String> field) implements Node {
    @Override
    public String toString() {
      String s = node instanceof PipeNode ? "(" + node + ")" : node.toString();
      return s + "." + String.join(".", field);
    }
  }

  record BoolNode(int pos, boolean value) implements Node {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** A number or character constant with Go's ideal-constant facets. */
  record NumberNode(
      int pos,
      String text,
      boolean isInt,
      long int64,
      boolean isUint,
      boolean isFloat,
      double float64)
      implements Node {
    @Override
    public String toString() {
      return text;
    }
  }

  record StringNode(int pos, String quoted, String text) implements Node {
    @Override
    public String toString() {
      return quoted;
    }
  }

  record EndNode(int pos) implements Node {
    @Override
    public String toString() {
      return "{{end}}";
    }
  }

  record ElseNode(int pos) implements Node {
    @Override
    public String toString() {
      return "{{else}}";
    }
  }

  record BreakNode(int pos) implements Node {
    @Override
    public String toString() {
      return "{{break}}";
    }
  }

  record ContinueNode(int pos) implements Node {
    @Override
    public String toString() {
      return "{{continue}}";
    }
  }

  /** {@code {{template "name" pipe}}}; pipe may be null. */
  record TemplateNode(int pos, String name, PipeNode pipe) implements Node {
    @Override
    public String toString() {
      return pipe == null
          ? "{{template " + GoQuote.quote(name) + "}}"
          : "{{template " + GoQuote.quote(name) + " " + pipe + "}}";
    }
  }

  /** if, with and range share a shape; {@code kind} says which. */
  record BranchNode(String kind, int pos, PipeNode pipe, ListNode list, ListNode elseList)
      implements Node {
    @Override
    public String toString() {
      String s = "{{" + kind + " " + pipe + "}}" + list;
      if (elseList != null) {
        s += "{{else}}" + elseList;
      }
      return s + "{{end}}";
    }
  }
}
