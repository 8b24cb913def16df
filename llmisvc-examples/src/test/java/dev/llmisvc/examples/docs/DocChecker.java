package dev.llmisvc.examples.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llmisvc.examples.docs.MarkdownPage.Fence;
import dev.llmisvc.examples.docs.MarkdownPage.Marker;
import dev.llmisvc.examples.docs.MarkdownPage.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that what a page of the site documents still matches the code. The page's markers say how
 * each example is checked:
 *
 * <ul>
 *   <li>{@code <!-- snippet: PATH#TAG -->} above a fenced block: the block must equal the lines
 *       between {@code // tag::TAG[]} and {@code // end::TAG[]} in {@code PATH} (relative to the
 *       repository root), dedented; other tag lines inside the region are left out;
 *   <li>a block whose first line starts with {@code $ } is a shell session, run by {@link
 *       CliSession};
 *   <li>{@code <!-- objects: render ARGS -->} above a table: {@code llmisvc render ARGS -o json}
 *       must render exactly the objects the table lists, in its order, by kind (first column) and
 *       name (second column);
 *   <li>{@code <!-- unchecked: REASON -->}: the block is not checked, and says why.
 * </ul>
 *
 * <p>Every {@code java} block must be a snippet or carry an {@code unchecked} marker.
 */
final class DocChecker {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path root;
  private final Path scratch;

  /**
   * @param root the repository root: snippet paths and session files are relative to it
   * @param scratch an empty directory for the files the pages' sessions write
   */
  DocChecker(Path root, Path scratch) {
    this.root = root;
    this.scratch = scratch;
  }

  List<String> check(MarkdownPage page) {
    List<String> problems = new ArrayList<>();
    Path pageScratch = scratch.resolve(page.name());
    CliSession session = new CliSession(root, pageScratch);
    for (Fence f : page.fences()) {
      String where = page.name() + ":" + f.line();
      Optional<Marker> unchecked = f.marker("unchecked");
      Optional<Marker> snippet = f.marker("snippet");
      if (unchecked.isPresent()) {
        if (unchecked.get().value().isEmpty()) {
          problems.add(where + ": an unchecked block must say why (<!-- unchecked: REASON -->)");
        }
      } else if (snippet.isPresent()) {
        String problem = checkSnippet(snippet.get().value(), f.body());
        if (problem != null) {
          problems.add(where + ": snippet " + snippet.get().value() + ": " + problem);
        }
      } else if (!f.body().isEmpty() && f.body().get(0).startsWith("$ ")) {
        problems.addAll(session.run(page.name(), f.line(), f.body()));
      } else if (f.info().equals("java")) {
        problems.add(
            where
                + ": a java block must be a checked snippet (<!-- snippet: PATH#TAG -->) or say"
                + " why it is not (<!-- unchecked: REASON -->)");
      }
    }
    for (Table t : page.tables()) {
      String problem = checkObjects(session, t);
      if (problem != null) {
        problems.add(
            page.name() + ":" + t.line() + ": objects " + t.marker().value() + ": " + problem);
      }
    }
    return problems;
  }

  private String checkSnippet(String ref, List<String> shown) {
    int hash = ref.lastIndexOf('#');
    if (hash < 0) {
      return "expected PATH#TAG";
    }
    Path file = root.resolve(ref.substring(0, hash)).normalize();
    String tag = ref.substring(hash + 1);
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return "no such file " + root.relativize(file);
    }
    List<String> source;
    try {
      source = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = -1;
    int end = -1;
    for (int i = 0; i < source.size(); i++) {
      String l = source.get(i).trim();
      if (l.equals("// tag::" + tag + "[]")) {
        start = i;
      } else if (l.equals("// end::" + tag + "[]") && start >= 0) {
        end = i;
        break;
      }
    }
    if (start < 0 || end < 0) {
      return "no region // tag::"
          + tag
          + "[] ... // end::"
          + tag
          + "[] in "
          + root.relativize(file);
    }
    List<String> region = new ArrayList<>();
    for (String l : source.subList(start + 1, end)) {
      String t = l.trim();
      if (!(t.startsWith("// tag::") || t.startsWith("// end::"))) {
        region.add(l);
      }
    }
    return CliSession.compare(trim(shown), trim(dedent(region)));
  }

  private String checkObjects(CliSession session, Table table) {
    List<String> args = new ArrayList<>(ShellWords.split(table.marker().value()));
    if (args.isEmpty() || !args.get(0).equals("render")) {
      return "the marker must hold the arguments of llmisvc render";
    }
    args.addAll(List.of("-o", "json"));
    CliSession.Result r = session.llmisvc(args);
    if (r.exit() != 0) {
      return "llmisvc render failed with exit code " + r.exit() + ":\n" + r.err();
    }
    List<String> actual = new ArrayList<>();
    try {
      for (JsonNode o : JSON.readTree(r.out()).path("items")) {
        actual.add(o.path("kind").asText() + " " + o.path("metadata").path("name").asText());
      }
    } catch (IOException e) {
      return "unreadable output: " + e.getMessage();
    }
    List<String> shown = new ArrayList<>();
    for (List<String> row : table.rows()) {
      shown.add(
          (row.isEmpty() ? "" : unquote(row.get(0)))
              + " "
              + (row.size() < 2 ? "" : unquote(row.get(1))));
    }
    return CliSession.compare(shown, actual);
  }

  private static String unquote(String cell) {
    return cell.replace("`", "").trim();
  }

  static List<String> dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(indent).stripTrailing());
    }
    return out;
  }

  private static List<String> trim(List<String> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    List<String> out = new ArrayList<>();
    for (String l : lines.subList(from, to)) {
      out.add(l.stripTrailing());
    }
    return out;
  }
}
