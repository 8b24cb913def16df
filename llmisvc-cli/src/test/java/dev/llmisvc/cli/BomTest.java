package dev.llmisvc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * llmisvc-bom: no parent (an imported BOM brings everything it inherits), our library modules only,
 * each at the build's version, which is not inherited and so must be kept in step by hand.
 */
class BomTest {
  private static Document read(String path) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of(path).toFile());
  }

  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  @Test
  void theBomManagesOurLibraryModulesAtTheBuildsVersionAndNothingElse() throws Exception {
    Element parent = read("../pom.xml").getDocumentElement();
    Element bom = read("../llmisvc-bom/pom.xml").getDocumentElement();
    String version = child(parent, "version");
    assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
    assertThat(child(bom, "version")).isEqualTo(version);
    NodeList deps = bom.getElementsByTagName("dependency");
    List<String> managed = new ArrayList<>();
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      managed.add(child(d, "groupId") + ":" + child(d, "artifactId") + ":" + child(d, "version"));
    }
    assertThat(managed)
        .containsExactly(
            "dev.llmisvc:llmisvc-api:" + version,
            "dev.llmisvc:llmisvc-compose:" + version,
            "dev.llmisvc:llmisvc-render:" + version);
  }
}
