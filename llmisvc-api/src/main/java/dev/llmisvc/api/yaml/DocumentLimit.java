package dev.llmisvc.api.yaml;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Stops a YAML text as soon as one document grows beyond {@link #MAX_CODE_POINTS}, before the
 * parser has to hold it. SnakeYAML has the same limit but checks it late: past it, a long scalar is
 * copied again and again, so an 8 MiB one took half a minute to be refused. Counted here, on the
 * characters as they are read, the refusal comes after reading the limit once, whatever follows.
 *
 * <p>Documents are told apart by a line starting with {@code ---} or {@code ...}; the count is of
 * code points, as SnakeYAML's is, so nothing SnakeYAML accepts is refused.
 */
final class DocumentLimit extends FilterReader {
  /**
   * The most code points one YAML document may hold: SnakeYAML's default {@code codePointLimit} (3
   * MiB). A Kubernetes object is at most about 1.5 MiB (the API server's request limit).
   */
  static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  /** The document being read is larger than {@link #MAX_CODE_POINTS}. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    TooLarge(long line) {
      super(
          String.format(
              Locale.ROOT,
              "the document starting at line %d holds more than %d characters (3 MiB), the most"
                  + " a YAML document may hold (SnakeYAML's limit; a Kubernetes object is at most"
                  + " about 1.5 MiB)",
              line,
              MAX_CODE_POINTS));
      this.line = line;
    }

    /** The 1-based line where the document starts. */
    long line() {
      return line;
    }
  }

  private long codePoints;
  private long line = 1;
  private long documentLine = 1;

  /** Characters of the current line so far, up to 3, to spot {@code ---} and {@code ...}. */
  private int lineStart;

  private final char[] head = new char[3];

  DocumentLimit(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + Math.max(n, 0); i++) {
      char c = buffer[i];
      if (c == '\n') {
        line++;
        lineStart = 0;
        codePoints++;
        continue;
      }
      if (lineStart < 3) {
        head[lineStart++] = c;
        if (lineStart == 3
            && ((head[0] == '-' && head[1] == '-' && head[2] == '-')
                || (head[0] == '.' && head[1] == '.' && head[2] == '.'))) {
          codePoints = 0;
          documentLine = line;
        }
      }
      if (!Character.isLowSurrogate(c) && ++codePoints > MAX_CODE_POINTS) {
        throw new TooLarge(documentLine);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] buffer = new char[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }
}
