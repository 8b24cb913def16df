package dev.llmisvc.compose.template;

/**
 * An error of the template engine with Go's exact message, plus where it happened: the char offset
 * of the failing node or token and Go's context text for it (the expression).
 */
final class GoTemplateError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int pos;
  private final String context;
  private final boolean parse;

  GoTemplateError(String message, int pos, String context, boolean parse) {
    super(message);
    this.pos = pos;
    this.context = context;
    this.parse = parse;
  }

  int pos() {
    return pos;
  }

  String context() {
    return context;
  }

  boolean parse() {
    return parse;
  }
}
