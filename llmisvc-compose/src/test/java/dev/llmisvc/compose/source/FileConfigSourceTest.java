package dev.llmisvc.compose.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileConfigSourceTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void multiDocumentYamlWithDefaultNamespaceAndConfigMaps() throws IOException {
    Path file =
        write(
            "all.yaml",
            """
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceServiceConfig
            metadata: {name: gpu}
            spec: {replicas: 2}
            ---
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: config-scheduler-x, namespace: kserve}
            data: {epp: "plugins: []"}
            ---
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceService
            metadata: {name: svc}
            """);
    FileConfigSource source = FileConfigSource.load(List.of(file), "team");
    ConfigDocument gpu = source.config("team", "gpu").orElseThrow();
    assertThat(gpu.origin()).isEqualTo(file.toString());
    assertThat(gpu.object().at("/metadata/namespace").asText()).isEqualTo("team");
    assertThat(gpu.spec().get("replicas").asInt()).isEqualTo(2);
    assertThat(source.config("kserve", "gpu")).isEmpty();
    assertThat(source.config("team", "svc")).isEmpty();
    assertThat(
            source.configMap("kserve", "config-scheduler-x").orElseThrow().at("/data/epp").asText())
        .isEqualTo("plugins: []");
  }

  @Test
  void jsonListAndDirectories() throws IOException {
    write(
        "d/b.json",
        """
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "serving.kserve.io/v1alpha1", "kind": "LLMInferenceServiceConfig",
           "metadata": {"name": "old", "namespace": "ns"}, "spec": {}}]}
        """);
    write(
        "d/a.yml",
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\nmetadata: {name: a}\n");
    write("d/notes.txt", "not: yaml: at: all: [");
    write(
        "d/sub/c.yaml",
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\nmetadata: {name: c}\n");
    FileConfigSource source = FileConfigSource.load(List.of(dir.resolve("d")), "def");
    // subdirectories are read too, in path order, as -f reads them
    assertThat(source.configs())
        .extracting(ConfigDocument::key)
        .containsExactly("def/a", "ns/old", "def/c");
    assertThat(source.config("ns", "old").orElseThrow().object().get("apiVersion").asText())
        .isEqualTo("serving.kserve.io/v1alpha1");
  }

  @Test
  void returnedObjectsAreCopies() throws IOException {
    Path file =
        write(
            "a.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\nmetadata: {name: a}\n");
    FileConfigSource source = FileConfigSource.load(List.of(file), "def");
    source.config("def", "a").orElseThrow().object().put("changed", true);
    assertThat(source.config("def", "a").orElseThrow().object().has("changed")).isFalse();
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(missing), "def"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage(missing + ": no such file or directory");
  }

  @Test
  void yamlSyntaxErrorNamesFileAndLine() throws IOException {
    Path file = write("bad.yaml", "kind: LLMInferenceServiceConfig\nmetadata: {name: [\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(file), "def"))
        .isInstanceOfSatisfying(
            ConfigFileException.class, e -> assertThat(e.file()).isEqualTo(file))
        .hasMessageStartingWith(file + ":2:")
        .hasMessageContaining("not valid YAML or JSON");
  }

  @Test
  void jsonSyntaxError() throws IOException {
    Path file = write("bad.json", "{\"kind\": ");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(file), "def"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("not valid YAML or JSON");
  }

  @Test
  void objectProblemsNameTheDocument() throws IOException {
    Path noName =
        write(
            "noname.yaml",
            "kind: ConfigMap\nmetadata: {name: x}\n---\napiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\nmetadata: {}\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(noName), "def"))
        .hasMessage(noName + ":4: LLMInferenceServiceConfig has no metadata.name");
    Path noKind = write("nokind.yaml", "metadata: {name: x}\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(noKind), "def"))
        .hasMessage(noKind + ":1: object has no kind");
    Path scalar = write("scalar.yaml", "just text\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(scalar), "def"))
        .hasMessage(scalar + ":1: expected a YAML or JSON object, found a string");
    Path version =
        write(
            "version.yaml",
            "apiVersion: serving.kserve.io/v1\nkind: LLMInferenceServiceConfig\nmetadata: {name: x}\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(version), "def"))
        .hasMessageContaining("apiVersion \"serving.kserve.io/v1\"");
    Path badList = write("list.yaml", "kind: List\nitems: [{kind: ConfigMap, metadata: {}}]\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(badList), "def"))
        .hasMessage(badList + ":1: ConfigMap has no metadata.name");
  }

  @Test
  void directoriesAreReadWholeAndListKindsExpanded() throws IOException {
    Files.createDirectories(dir.resolve("team/gpu"));
    write(
        "team/gpu/list.yaml",
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfigList\nitems:\n"
            + "  - apiVersion: serving.kserve.io/v1alpha2\n    kind: LLMInferenceServiceConfig\n"
            + "    metadata: {name: nested}\n");
    FileConfigSource source = FileConfigSource.load(List.of(dir), "def");
    assertThat(source.config("def", "nested")).isPresent();
  }

  @Test
  void aDuplicateKeyIsAnErrorWithLineAndColumn() throws IOException {
    Path file =
        write(
            "dup.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: a}\nspec:\n  replicas: 1\n  replicas: 5\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(file), "def"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageMatching(
            java.util.regex.Pattern.quote(file.toString())
                + ":6:\\d+: duplicate key \"replicas\".*");
  }

  @Test
  void configDefinedTwiceNamesBothFiles() throws IOException {
    String config =
        "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\nmetadata: {name: a}\n";
    Path one = write("one.yaml", config);
    Path two = write("two.yaml", config);
    assertThatThrownBy(() -> FileConfigSource.load(List.of(one, two), "def"))
        .hasMessage(
            two
                + ":1: LLMInferenceServiceConfig def/a is defined twice: in "
                + one
                + " and in "
                + two);
  }

  @Test
  void aDirectorySkipsKustomizeFilesAndNonResourceYamlWithANoteEach() throws IOException {
    write(
        "samples/kustomization.yaml",
        """
        resources:
          - config.yaml
        namespace: team
        """);
    write("samples/values.yaml", "replicas: 3\n");
    write(
        "samples/config.yaml",
        """
        apiVersion: serving.kserve.io/v1alpha2
        kind: LLMInferenceServiceConfig
        metadata: {name: gpu}
        spec: {replicas: 2}
        """);
    List<String> notes = new java.util.ArrayList<>();
    FileConfigSource source =
        FileConfigSource.load(List.of(dir.resolve("samples")), "team", notes::add);
    assertThat(source.config("team", "gpu")).isPresent();
    assertThat(notes)
        .containsExactly(
            dir.resolve("samples/kustomization.yaml")
                + ": skipped: a kustomize file, not a resource",
            dir.resolve("samples/values.yaml")
                + ":1: skipped: not a Kubernetes object (no apiVersion)");
  }

  @Test
  void aFileNamedDirectlyMustStillHoldObjects() throws IOException {
    Path values = write("values.yaml", "replicas: 3\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(values), "team", note -> {}))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("values.yaml:1: object has no kind");
  }

  @Test
  void aMissingFileIsAConfigFileExceptionNamingIt() {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(missing), "team", note -> {}))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("nope.yaml");
  }

  @Test
  void aConfigTheWebhookRejectsIsAnErrorNamingFileConfigAndField() throws IOException {
    Path file =
        write(
            "refs.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: recursive}\nspec:\n  baseRefs:\n    - name: other\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(file), "def"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage(
            file
                + ":1 (#1 LLMInferenceServiceConfig/recursive): spec.baseRefs: Forbidden: baseRefs is not a permitted field in"
                + " LLMInferenceServiceConfig, support for recursive refs has been disabled");
  }

  @Test
  void aConfigTheCrdSchemaRejectsIsAnErrorListingEveryProblem() throws IOException {
    Path file =
        write(
            "pool.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceServiceConfig\n"
                + "metadata: {name: pool}\nspec:\n  router:\n    scheduler:\n      pool:\n"
                + "        spec:\n          selector: {}\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(file), "def"))
        .isInstanceOfSatisfying(
            ConfigFileException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        file
                            + ":1 (#1 LLMInferenceServiceConfig/pool): spec.router.scheduler.pool.spec.targetPorts: Required"
                            + " value"));
  }

  @Test
  void aServiceFileGivenAsConfigIsAnError() throws IOException {
    Path file =
        write(
            "svc.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: qwen}\nspec: {model: {uri: 'hf://a/b'}}\n");
    assertThatThrownBy(() -> FileConfigSource.load(List.of(file), "def"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage(
            file
                + ": holds no LLMInferenceServiceConfig or ConfigMap, only LLMInferenceService"
                + " \"qwen\"; a config file is expected here (services to compose are given with"
                + " -f)");
  }

  @Test
  void aServiceBesideItsConfigsInOneFileIsStillIgnored() throws IOException {
    Path file =
        write(
            "both.yaml",
            "apiVersion: serving.kserve.io/v1alpha2\nkind: LLMInferenceService\n"
                + "metadata: {name: qwen}\n---\napiVersion: serving.kserve.io/v1alpha2\n"
                + "kind: LLMInferenceServiceConfig\nmetadata: {name: a}\n");
    assertThat(FileConfigSource.load(List.of(file), "def").configs()).hasSize(1);
  }
}
