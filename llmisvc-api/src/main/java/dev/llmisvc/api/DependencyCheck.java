package dev.llmisvc.api;

import com.fasterxml.jackson.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

/**
 * Checks, once per class loader, that the Jackson and fabric8 on the class path are versions the
 * library works with, so that an application with older ones fails at its first composition with a
 * message saying what to change, instead of a {@link NoSuchMethodError} deep inside a call.
 *
 * <p>Supported: Jackson {@value #MIN_JACKSON} or newer with {@code jackson-core}, {@code
 * jackson-databind}, {@code jackson-dataformat-yaml} and {@code jackson-datatype-jdk8} at one minor
 * version (Maven's nearest-wins rule can mix them; Jackson's modules call into each other across
 * that line), and fabric8's Kubernetes model {@value #MIN_FABRIC8} or newer (its Gateway API model
 * must have {@code HTTPRouteRule.name}, which KServe's presets set). The library is built and
 * tested with newer versions; {@code llmisvc-consumer-it} tests the lowest.
 */
public final class DependencyCheck {
  /** The lowest supported Jackson, major.minor. */
  public static final String MIN_JACKSON = "2.16";

  /** The lowest supported fabric8 Kubernetes client and model, major.minor. */
  public static final String MIN_FABRIC8 = "7.0";

  private static final String PROBLEM = problem(jacksonVersions(), fabric8Model());

  private DependencyCheck() {}

  /**
   * Throws when the class path holds an unsupported Jackson or fabric8; otherwise does nothing (the
   * check itself runs once).
   *
   * @throws UnsupportedDependencyException naming the versions found and those required
   */
  public static void requireSupportedVersions() {
    if (PROBLEM != null) {
      throw new UnsupportedDependencyException(PROBLEM);
    }
  }

  /** What fabric8's model on the class path has: its version where known, and the field we need. */
  record Fabric8Model(String version, boolean hasRouteRuleName) {}

  /**
   * The problem with these versions, or null when there is none.
   *
   * @param jackson Jackson module name to its version, in a stable order
   * @param fabric8 what fabric8's model has
   */
  static String problem(Map<String, Version> jackson, Fabric8Model fabric8) {
    List<String> wrong = new ArrayList<>();
    String[] parts = MIN_JACKSON.split("\\.");
    int minMajor = Integer.parseInt(parts[0]);
    int minMinor = Integer.parseInt(parts[1]);
    boolean old = false;
    boolean mixed = false;
    Version first = null;
    for (Version v : jackson.values()) {
      if (v.getMajorVersion() < minMajor
          || (v.getMajorVersion() == minMajor && v.getMinorVersion() < minMinor)) {
        old = true;
      }
      if (first == null) {
        first = v;
      } else if (first.getMajorVersion() != v.getMajorVersion()
          || first.getMinorVersion() != v.getMinorVersion()) {
        mixed = true;
      }
    }
    if (old || mixed) {
      List<String> found = new ArrayList<>();
      jackson.forEach((name, v) -> found.add(name + " " + v));
      wrong.add(
          "Jackson "
              + MIN_JACKSON
              + " or newer with all modules at one version, found "
              + String.join(", ", found));
    }
    if (!fabric8.hasRouteRuleName()) {
      wrong.add(
          "fabric8 kubernetes-client/kubernetes-model "
              + MIN_FABRIC8
              + " or newer, found "
              + fabric8.version()
              + " (its Gateway API HTTPRouteRule has no name)");
    }
    if (wrong.isEmpty()) {
      return null;
    }
    return "llmisvc-java needs "
        + String.join("; and ", wrong)
        + ". Import com.fasterxml.jackson:jackson-bom"
        + (fabric8.hasRouteRuleName() ? "" : " and io.fabric8:kubernetes-client-bom")
        + " at a supported version in your dependencyManagement, before llmisvc-bom.";
  }

  private static Map<String, Version> jacksonVersions() {
    Map<String, Version> versions = new LinkedHashMap<>();
    versions.put("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    versions.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    versions.put(
        "jackson-dataformat-yaml", com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION);
    versions.put(
        "jackson-datatype-jdk8", com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION);
    return versions;
  }

  private static Fabric8Model fabric8Model() {
    Class<?> rule = io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule.class;
    boolean hasName;
    try {
      rule.getMethod("getName");
      hasName = true;
    } catch (NoSuchMethodException e) {
      hasName = false;
    }
    return new Fabric8Model(bundleVersion(rule), hasName);
  }

  /** The Bundle-Version of the jar a class came from, or "an unknown version". */
  private static String bundleVersion(Class<?> type) {
    URL classFile = type.getResource(type.getSimpleName() + ".class");
    String url = classFile == null ? "" : classFile.toString();
    int bang = url.indexOf("!/");
    if (!url.startsWith("jar:") || bang < 0) {
      return "an unknown version";
    }
    try (InputStream in =
        new URL(url.substring(0, bang + 2) + "META-INF/MANIFEST.MF").openStream()) {
      String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
      return version == null ? "an unknown version" : version;
    } catch (IOException e) {
      return "an unknown version";
    }
  }
}
