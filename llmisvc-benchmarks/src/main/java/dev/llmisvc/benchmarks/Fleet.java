package dev.llmisvc.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes the mixed fleet that {@code llmisvc-benchmarks/fleet.sh} hands to the real command line: N
 * services (default 10,000) in one multi-document YAML file, cycling through the {@link
 * ServiceShape}s, each with its own name, one of 50 namespaces, a uid and varied replicas; and,
 * beside it, the hardware profile their baseRefs name, for {@code --config}.
 *
 * <p>Run: {@code java -cp llmisvc-benchmarks/target/benchmarks.jar dev.llmisvc.benchmarks.Fleet
 * FLEET_FILE CONFIG_FILE [services]}.
 */
public final class Fleet {
  static final int NAMESPACES = 50;

  private Fleet() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: Fleet FLEET_FILE CONFIG_FILE [services]");
      System.exit(2);
    }
    Path fleet = Path.of(args[0]);
    Path config = Path.of(args[1]);
    int services = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    try (BufferedWriter out = Files.newBufferedWriter(fleet, StandardCharsets.UTF_8)) {
      for (int i = 0; i < services; i++) {
        out.write("---\n");
        out.write(LlmisvcMapper.writeYaml(service(i)));
      }
    }
    Files.writeString(config, LlmisvcMapper.writeYaml(ServiceShape.profile()));
    System.out.printf(
        Locale.ROOT,
        "fleet: %d services (%d shapes in turn), %d namespaces, %,d bytes in %s; profile in %s%n",
        services,
        ServiceShape.ALL.size(),
        Math.min(services, NAMESPACES),
        Files.size(fleet),
        fleet,
        config);
  }

  /** The shape of the service at position {@code i}. */
  static ServiceShape shapeOf(int i) {
    return ServiceShape.ALL.get(i % ServiceShape.ALL.size());
  }

  /** The service at position {@code i}: its shape's service with every naming field varied. */
  static ObjectNode service(int i) {
    ObjectNode tree = shapeOf(i).tree();
    ObjectNode metadata = (ObjectNode) tree.get("metadata");
    String namespace = "fleet-" + (i % NAMESPACES);
    String name = String.format(Locale.ROOT, "%s-%05d", metadata.get("name").asText(), i);
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    metadata.put(
        "uid",
        UUID.nameUUIDFromBytes((namespace + "/" + name).getBytes(StandardCharsets.UTF_8))
            .toString());
    ObjectNode spec = (ObjectNode) tree.get("spec");
    spec.put("replicas", 1 + i % 5);
    if (spec.has("prefill")) {
      ((ObjectNode) spec.get("prefill")).put("replicas", 1 + i % 3);
    }
    return tree;
  }
}
