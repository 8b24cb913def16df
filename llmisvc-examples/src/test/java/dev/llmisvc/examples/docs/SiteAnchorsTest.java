package dev.llmisvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every link between the site's pages, and to a section of one, points at a page and a heading that
 * exist. Doxia gives a heading the id {@link #doxiaId} computes (checked against ids it wrote:
 * {@code a8._Every_quirk.2C_with_a_checked_example}).
 */
class SiteAnchorsTest {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void everyLinkBetweenPagesNamesAnExistingPageAndHeading() throws IOException {
    Map<String, Set<String>> ids = new HashMap<>();
    Map<String, List<String>> texts = new HashMap<>();
    try (Stream<Path> files = Files.list(DocSnippetsTest.PAGES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String page = p.getFileName().toString().replace(".md", ".html");
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        texts.put(page, lines);
        Set<String> headings = new HashSet<>();
        boolean fenced = false;
        for (String line : lines) {
          if (line.startsWith("```")) {
            fenced = !fenced;
          }
          Matcher h = HEADING.matcher(line);
          if (!fenced && h.matches()) {
            headings.add(doxiaId(h.group(1)));
          }
        }
        ids.put(page, headings);
      }
    }
    List<String> broken = new ArrayList<>();
    texts.forEach(
        (page, lines) -> {
          for (int i = 0; i < lines.size(); i++) {
            Matcher m = LINK.matcher(lines.get(i));
            while (m.find()) {
              String target = m.group(1);
              if (target.contains("://") || target.startsWith("mailto:")) {
                continue;
              }
              int hash = target.indexOf('#');
              String file = hash < 0 ? target : target.substring(0, hash);
              String anchor = hash < 0 ? "" : target.substring(hash + 1);
              String to = file.isEmpty() ? page : file;
              if (!to.endsWith(".html") || to.contains("/")) {
                continue; // apidocs and files beside the pages are not headings
              }
              if (!ids.containsKey(to) || (!anchor.isEmpty() && !ids.get(to).contains(anchor))) {
                broken.add(page + ":" + (i + 1) + ": " + target);
              }
            }
          }
        });
    assertThat(broken).as("links to no page or no heading").isEmpty();
  }

  @Test
  void theIdsAreDoxias() {
    assertThat(doxiaId("8. Every quirk, with a checked example"))
        .isEqualTo("a8._Every_quirk.2C_with_a_checked_example");
    assertThat(doxiaId("8.17 A config in the service's namespace shadows a preset"))
        .isEqualTo("a8.17_A_config_in_the_service.27s_namespace_shadows_a_preset");
    assertThat(doxiaId("8.10 `prefill: {}` alone means prefill/decode"))
        .isEqualTo("a8.10_prefill.3A_.7B.7D_alone_means_prefill.2Fdecode");
  }

  /**
   * The id Doxia writes for a heading: its text without markup, spaces as {@code _}, other
   * characters than letters, digits, {@code -}, {@code _} and {@code .} as {@code .XX} (UTF-8 hex),
   * and an {@code a} in front of an id that does not start with a letter.
   */
  static String doxiaId(String heading) {
    String text = heading.replace("`", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").trim();
    StringBuilder id = new StringBuilder();
    if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      id.append('a');
    }
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c == ' ') {
        id.append('_');
      } else if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.') {
        id.append(c);
      } else {
        id.append('.').append(String.format("%02X", b & 0xff));
      }
    }
    return id.toString();
  }
}
