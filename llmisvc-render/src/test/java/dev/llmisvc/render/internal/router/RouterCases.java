package dev.llmisvc.render.internal.router;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.settings.ControllerSettings.InferencePoolVersion;
import dev.llmisvc.api.settings.ControllerSettings.ModelBasedRoutingMode;
import dev.llmisvc.render.context.ClusterFacts;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a router golden case's {@code options.yaml} turns into controller settings and cluster facts:
 * one reading, shared by the router goldens and the render module's schema check.
 */
public final class RouterCases {
  private RouterCases() {}

  /**
   * The controller settings of a case's {@code options.yaml} {@code settings} map.
   *
   * @param s the map (missing for defaults)
   * @return the settings
   */
  public static ControllerSettings settings(JsonNode s) {
    ControllerSettings.Builder b = ControllerSettings.builder();
    if (s.has("enableTls")) {
      b.enableTls(s.get("enableTls").asBoolean());
    }
    if (s.has("modelBasedRoutingMode")) {
      b.modelBasedRoutingMode(
          ModelBasedRoutingMode.valueOf(s.get("modelBasedRoutingMode").asText()));
    }
    if (s.has("modelBasedRoutingHeaderName")) {
      b.modelBasedRoutingHeaderName(s.get("modelBasedRoutingHeaderName").asText());
    }
    if (s.has("inferencePoolVersions")) {
      Set<InferencePoolVersion> versions = EnumSet.noneOf(InferencePoolVersion.class);
      s.get("inferencePoolVersions")
          .forEach(v -> versions.add(InferencePoolVersion.valueOf(v.asText())));
      b.inferencePoolVersions(versions);
    }
    return b.build();
  }

  /**
   * The cluster facts of a case's {@code options.yaml} {@code facts} map.
   *
   * @param f the map (missing for offline facts)
   * @return the facts
   */
  public static ClusterFacts facts(JsonNode f) {
    Map<String, Gateway> gateways = new LinkedHashMap<>();
    for (JsonNode g : f.path("gateways")) {
      Map<String, String> annotations = new LinkedHashMap<>();
      g.path("annotations")
          .properties()
          .iterator()
          .forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
      gateways.put(
          g.path("namespace").asText() + "/" + g.path("name").asText(),
          new GatewayBuilder()
              .withNewMetadata()
              .withNamespace(g.path("namespace").asText())
              .withName(g.path("name").asText())
              .withAnnotations(annotations)
              .endMetadata()
              .build());
    }
    Optional<HTTPRoute> liveRoute =
        f.has("liveHttpRoute")
            ? Optional.of(
                RenderedTrees.FABRIC8.unmarshal(f.get("liveHttpRoute").toString(), HTTPRoute.class))
            : Optional.empty();
    Optional<List<String>> liveArgs =
        f.has("liveSchedulerArgs")
            ? Optional.of(
                RenderedTrees.YAML.convertValue(
                    f.get("liveSchedulerArgs"),
                    RenderedTrees.YAML
                        .getTypeFactory()
                        .constructCollectionType(List.class, String.class)))
            : Optional.empty();
    List<String> members = new ArrayList<>();
    f.path("routingGroupMembers").forEach(m -> members.add(m.asText()));
    return new ClusterFacts() {
      @Override
      public Optional<Gateway> gateway(String namespace, String name) {
        return Optional.ofNullable(gateways.get(namespace + "/" + name));
      }

      @Override
      public Optional<HTTPRoute> liveHttpRoute(String namespace, String name) {
        return liveRoute;
      }

      @Override
      public Optional<List<String>> liveSchedulerArgs(String namespace, String name) {
        return liveArgs;
      }

      @Override
      public List<String> routingGroupMembers(String namespace, String group, String except) {
        return members;
      }
    };
  }
}
