package dev.llmisvc.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.render.context.RequiredObject;
import dev.llmisvc.render.internal.Fabric8Json;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import java.util.ArrayList;
import java.util.List;

/**
 * What the renderer produced for one service: the objects in KServe's creation order, the objects
 * the cluster must already provide, and warnings. Immutable.
 *
 * <pre>{@code
 * Rendering r = Renderer.render(service);
 * Files.writeString(Path.of("out.yaml"), r.toYaml());
 * r.required().forEach(o -> System.out.println("needs " + o.kind() + " " + o.name()));
 * }</pre>
 */
public final class Rendering {

  private final List<HasMetadata> objects;
  private final List<RequiredObject> required;
  private final List<String> warnings;

  Rendering(List<HasMetadata> objects, List<RequiredObject> required, List<String> warnings) {
    this.objects = List.copyOf(objects);
    this.required = List.copyOf(required);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The rendered objects in KServe's creation order (rendering.md §0.1), ready for server-side
   * apply: no status, managedFields, resourceVersion or creationTimestamp. The list is
   * unmodifiable; the objects are fabric8 models and belong to the caller.
   *
   * <pre>{@code
   * for (HasMetadata o : r.objects()) {
   *   client.resource(o).serverSideApply();
   * }
   * }</pre>
   *
   * @return the objects
   */
  public List<HasMetadata> objects() {
    return objects;
  }

  /**
   * What the cluster must provide that the renderer did not create: the TLS Secret when not
   * generated, named ServiceAccounts, credential Secrets, PVCs and ConfigMaps pods mount.
   *
   * <pre>{@code
   * boolean needsTls = r.required().stream().anyMatch(o -> o.kind().equals("Secret"));
   * }</pre>
   *
   * @return the required objects, in the order first met
   */
  public List<RequiredObject> required() {
    return required;
  }

  /**
   * Things the renderer could not reproduce exactly, or the user should know.
   *
   * <pre>{@code
   * r.warnings().forEach(System.err::println);
   * }</pre>
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The objects as one multi-document YAML stream in creation order, each document starting with
   * {@code ---}; byte-identical for identical input. The fields are exactly what fabric8 sends to
   * the API server; the text is written by the project's YAML mapper, which quotes only where YAML
   * needs it, as {@code kubectl get -o yaml} does.
   *
   * <pre>{@code
   * System.out.print(r.toYaml());
   * }</pre>
   *
   * @return the YAML
   */
  public String toYaml() {
    StringBuilder out = new StringBuilder();
    for (HasMetadata o : objects) {
      out.append("---\n").append(toYaml(o));
    }
    return out.toString();
  }

  /**
   * One object as a YAML document (without the leading {@code ---}), written as {@link #toYaml()}
   * writes each.
   *
   * @param object a rendered object
   * @return the YAML
   */
  public static String toYaml(HasMetadata object) {
    return LlmisvcMapper.writeYaml(
        Fabric8Json.serialization().convertValue(object, JsonNode.class));
  }

  /**
   * One object as JSON, written as {@link #toJsonList()} writes each item.
   *
   * @param object a rendered object
   * @return the JSON
   */
  public static String toJson(HasMetadata object) {
    return Fabric8Json.serialization().asJson(object);
  }

  /**
   * Several renderings as one, in order: a fleet's objects, requirements (each once) and warnings.
   *
   * <pre>{@code
   * Rendering fleet = Rendering.concat(services.stream().map(renderer::render).toList());
   * }</pre>
   *
   * @param renderings the renderings, in input order
   * @return their concatenation
   */
  public static Rendering concat(List<Rendering> renderings) {
    List<HasMetadata> objects = new ArrayList<>();
    java.util.Set<RequiredObject> required = new java.util.LinkedHashSet<>();
    List<String> warnings = new ArrayList<>();
    for (Rendering r : renderings) {
      objects.addAll(r.objects);
      required.addAll(r.required);
      warnings.addAll(r.warnings);
    }
    return new Rendering(objects, List.copyOf(required), warnings);
  }

  /**
   * The objects as a JSON {@code v1 List}, in creation order.
   *
   * <pre>{@code
   * String json = r.toJsonList(); // {"apiVersion":"v1","kind":"List","items":[...]}
   * }</pre>
   *
   * @return the JSON
   */
  public String toJsonList() {
    KubernetesList list = new KubernetesList();
    list.setItems(new ArrayList<>(objects));
    return Fabric8Json.serialization().asJson(list);
  }
}
