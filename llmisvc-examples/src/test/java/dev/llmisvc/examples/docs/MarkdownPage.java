package dev.llmisvc.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown page of the site cut into what the snippet check looks at: its fenced code blocks and
 * its object tables, each with the {@code <!-- key: value -->} markers written on the lines just
 * above it (blank lines between marker and block are allowed, any other text is not).
 *
 * @param name the page's file name, for messages
 * @param lines the page's lines
 * @param fences the fenced code blocks, in page order
 * @param tables the tables that follow an {@code objects} marker, in page order
 */
record MarkdownPage(String name, List<String> lines, List<Fence> fences, List<Table> tables) {
  private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*([a-z-]+):(.*?)-->\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(\\s*)(```+)\\s*([A-Za-z0-9_+-]*).*$");

  /**
   * A fenced code block.
   *
   * @param line the 1-based line of the opening fence
   * @param info the language after the fence ({@code java}, {@code yaml}, or empty)
   * @param body the lines between the fences, with the fence's own indentation removed
   * @param markers the markers above the block
   */
  record Fence(int line, String info, List<String> body, List<Marker> markers) {
    Optional<Marker> marker(String key) {
      return markers.stream().filter(m -> m.key().equals(key)).findFirst();
    }
  }

  /**
   * A markdown table after an {@code objects} marker.
   *
   * @param line the 1-based line of the marker
   * @param marker the marker
   * @param rows the body rows (header and separator dropped), each cut into trimmed cells
   */
  record Table(int line, Marker marker, List<List<String>> rows) {}

  /**
   * A {@code <!-- key: value -->} comment.
   *
   * @param key the word before the colon
   * @param value the trimmed text after it
   */
  record Marker(String key, String value) {}

  static MarkdownPage read(Path file) {
    try {
      return parse(
          file.getFileName().toString(),
          List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MarkdownPage parse(String name, List<String> lines) {
    List<Fence> fences = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    List<Marker> pending = new ArrayList<>();
    int pendingLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(line);
      Matcher fence = FENCE.matcher(line);
      if (marker.matches()) {
        if (pending.isEmpty()) {
          pendingLine = i + 1;
        }
        pending.add(new Marker(marker.group(1), marker.group(2).trim()));
      } else if (fence.matches()) {
        String indent = fence.group(1);
        String ticks = fence.group(2);
        List<String> body = new ArrayList<>();
        int j = i + 1;
        while (j < lines.size() && !lines.get(j).trim().startsWith(ticks)) {
          String b = lines.get(j);
          body.add(b.startsWith(indent) ? b.substring(indent.length()) : b.stripLeading());
          j++;
        }
        fences.add(new Fence(i + 1, fence.group(3), List.copyOf(body), List.copyOf(pending)));
        pending.clear();
        i = j;
      } else if (line.trim().startsWith("|") && !pending.isEmpty()) {
        List<List<String>> rows = new ArrayList<>();
        int j = i;
        while (j < lines.size() && lines.get(j).trim().startsWith("|")) {
          rows.add(cells(lines.get(j)));
          j++;
        }
        Marker objects =
            pending.stream().filter(m -> m.key().equals("objects")).findFirst().orElse(null);
        if (objects != null) {
          tables.add(
              new Table(pendingLine, objects, rows.subList(Math.min(2, rows.size()), rows.size())));
        }
        pending.clear();
        i = j - 1;
      } else if (!line.isBlank()) {
        pending.clear();
      }
    }
    return new MarkdownPage(name, List.copyOf(lines), List.copyOf(fences), List.copyOf(tables));
  }

  private static List<String> cells(String row) {
    String t = row.trim();
    t = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
    List<String> cells = new ArrayList<>();
    for (String c : t.split("(?<!\\\\)\\|", -1)) {
      cells.add(c.trim());
    }
    return cells;
  }
}
