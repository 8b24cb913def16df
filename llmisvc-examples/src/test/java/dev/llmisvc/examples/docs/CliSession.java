package dev.llmisvc.examples.docs;

import dev.llmisvc.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the shell sessions of one page, as a reader at the root of the repository would type them,
 * and reports where the output the page shows differs from what the commands print.
 *
 * <p>A session is a fenced block whose first line starts with {@code $ }. Each {@code $ } line is a
 * command and the lines up to the next one are the output the page shows. Commands understood:
 *
 * <ul>
 *   <li>{@code llmisvc ARGS} or {@code ./llmisvc ARGS}: run in-process through {@link Main#run};
 *       what it prints on standard output, then on standard error, must match the lines shown;
 *   <li>{@code cat FILE}: when {@code FILE} exists (in the repository, or written earlier on the
 *       same page) its content must match the lines shown; otherwise the lines shown become that
 *       file, in a scratch directory of the page, for the commands after it;
 *   <li>{@code echo $?}: the exit code of the last {@code llmisvc} command must be the number
 *       shown.
 * </ul>
 *
 * <p>A shown line that is exactly {@code ...} stands for any number of lines, none included; every
 * other line must match exactly (trailing spaces ignored). Arguments that name a file of the
 * scratch directory or of the repository are given as absolute paths, and those prefixes are taken
 * out of the output again, so messages read as they would in a shell at the repository root.
 */
final class CliSession {
  private final Path root;
  private final Path scratch;
  private int lastExit;

  CliSession(Path root, Path scratch) {
    this.root = root;
    this.scratch = scratch;
  }

  /**
   * Runs one session block.
   *
   * @param page the page's name, for messages
   * @param line the line of the session's opening fence
   * @param body the block's lines
   * @return the problems found, empty when the page shows what the commands print
   */
  List<String> run(String page, int line, List<String> body) {
    List<String> problems = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      String command = body.get(i);
      if (!command.startsWith("$ ")) {
        problems.add(page + ":" + (line + 1 + i) + ": expected a '$ ' command line: " + command);
        return problems;
      }
      int j = i + 1;
      while (j < body.size() && !body.get(j).startsWith("$ ")) {
        j++;
      }
      List<String> shown = trimTrailingBlank(body.subList(i + 1, j));
      String where = page + ":" + (line + 1 + i) + ": " + command;
      String problem = runCommand(command.substring(2).trim(), shown);
      if (problem != null) {
        problems.add(where + "\n" + problem);
      }
      i = j;
    }
    return problems;
  }

  private String runCommand(String command, List<String> shown) {
    List<String> words = ShellWords.split(command);
    if (words.isEmpty()) {
      return "empty command";
    }
    String program = words.get(0);
    List<String> args = words.subList(1, words.size());
    if (program.equals("llmisvc") || program.equals("./llmisvc")) {
      Result r = llmisvc(args);
      return compare(shown, lines(r.out() + r.err()));
    }
    if (program.equals("cat") && args.size() == 1) {
      Path existing = existing(args.get(0));
      if (existing == null) {
        write(scratch.resolve(args.get(0)), shown);
        return null;
      }
      try {
        return compare(shown, lines(Files.readString(existing, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (program.equals("echo") && args.equals(List.of("$?"))) {
      return compare(shown, List.of(Integer.toString(lastExit)));
    }
    return "unsupported command (use llmisvc, cat FILE or echo $?): " + command;
  }

  /**
   * What one {@code llmisvc} run printed, with the absolute paths taken out again.
   *
   * @param exit the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int exit, String out, String err) {}

  /** Runs {@code llmisvc ARGS} in-process, with file arguments resolved as in a session. */
  Result llmisvc(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      lastExit = Main.run(args.stream().map(this::resolve).toArray(String[]::new), o, e);
    }
    return new Result(lastExit, unresolve(out.toString()), unresolve(err.toString()));
  }

  private Path existing(String arg) {
    if (arg.isEmpty() || arg.startsWith("-")) {
      return null;
    }
    try {
      for (Path dir : List.of(scratch, root)) {
        Path p = dir.resolve(arg).normalize();
        if (p.startsWith(dir) && Files.exists(p)) {
          return p;
        }
      }
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
    return null;
  }

  private String resolve(String arg) {
    int eq = arg.indexOf('=');
    if (arg.startsWith("--") && eq > 0) {
      Path p = existing(arg.substring(eq + 1));
      return p == null ? arg : arg.substring(0, eq + 1) + p;
    }
    Path p = existing(arg);
    return p == null ? arg : p.toString();
  }

  private String unresolve(String text) {
    return text.replace(scratch + "/", "")
        .replace(scratch.toString(), ".")
        .replace(root + "/", "")
        .replace(root.toString(), ".");
  }

  private static void write(Path file, List<String> content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", content) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      lines.add(l.stripTrailing());
    }
    return trimTrailingBlank(lines);
  }

  private static List<String> trimTrailingBlank(List<String> lines) {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isBlank()) {
      end--;
    }
    List<String> out = new ArrayList<>();
    for (String l : lines.subList(0, end)) {
      out.add(l.stripTrailing());
    }
    return out;
  }

  /**
   * Compares the lines a page shows with the real ones.
   *
   * @return null when they match, else the shown and the real lines
   */
  static String compare(List<String> shown, List<String> actual) {
    if (Elision.matches(shown, actual)) {
      return null;
    }
    return "the page shows:\n"
        + indent(shown)
        + "but the command gives:\n"
        + indent(actual.size() > 200 ? actual.subList(0, 200) : actual);
  }

  private static String indent(List<String> lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append("    | ").append(l).append('\n');
    }
    return b.toString();
  }
}
