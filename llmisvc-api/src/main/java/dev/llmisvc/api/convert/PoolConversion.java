package dev.llmisvc.api.convert;

import static dev.llmisvc.api.convert.Conversion.at;
import static dev.llmisvc.api.convert.Conversion.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The InferencePool spec conversion KServe uses inside {@code router.scheduler.pool.spec} (docs
 * §7.3): GIE {@code v1alpha2} (LLMInferenceService v1alpha1) to GIE {@code v1} (v1alpha2) and back.
 * Output is shaped as Go would serialise it ({@code omitempty} fields left out when zero, the
 * always-written v1alpha2 fields {@code targetPortNumber}, {@code extensionRef.name}, {@code kind}
 * and {@code failureMode} always present).
 */
final class PoolConversion {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int DEFAULT_EPP_PORT = 9002;

  private PoolConversion() {}

  /** v1alpha2-pool to GIE v1: one target port, kind and failure mode defaulted, EPP port 9002. */
  static ObjectNode toV1(ObjectNode src) {
    ObjectNode out = NODES.objectNode();
    if (src.get("selector") instanceof ObjectNode selector) {
      ObjectNode s = out.putObject("selector");
      if (!selector.isEmpty()) {
        s.set("matchLabels", selector.deepCopy());
      }
    }
    out.putArray("targetPorts").add(port(at(src, "targetPortNumber").asInt(0)));
    JsonNode ext = at(src, "extensionRef");
    ObjectNode epp = NODES.objectNode();
    JsonNode group = at(ext, "group");
    if (!group.isMissingNode() && !group.isNull()) {
      epp.set("group", group.deepCopy());
    }
    JsonNode kindNode = at(ext, "kind");
    String kind = kindNode.isMissingNode() || kindNode.isNull() ? "Service" : kindNode.asText();
    if (!kind.isEmpty()) {
      epp.put("kind", kind);
    }
    if (!text(at(ext, "name")).isEmpty()) {
      epp.put("name", text(at(ext, "name")));
    }
    JsonNode portNumber = at(ext, "portNumber");
    int port = 0;
    if (!portNumber.isMissingNode() && !portNumber.isNull()) {
      port = portNumber.asInt();
      epp.set("port", port(port));
    }
    JsonNode fm = at(ext, "failureMode");
    String failureMode = fm.isMissingNode() || fm.isNull() ? "FailClose" : fm.asText();
    if (!failureMode.isEmpty()) {
      epp.put("failureMode", failureMode);
    }
    if (port == 0 && (kind.equals("Service") || kind.isEmpty())) {
      ObjectNode p = port(DEFAULT_EPP_PORT);
      // keep GIE v1 field order: group, kind, name, port, failureMode
      ObjectNode ordered = NODES.objectNode();
      for (var e : epp.properties()) {
        if (e.getKey().equals("failureMode")) {
          ordered.set("port", p);
        }
        if (!e.getKey().equals("port")) {
          ordered.set(e.getKey(), e.getValue());
        }
      }
      if (!ordered.has("port")) {
        ordered.set("port", p);
      }
      epp = ordered;
    }
    if (!epp.isEmpty()) {
      out.set("endpointPickerRef", epp);
    }
    return out;
  }

  /**
   * GIE v1 to v1alpha2-pool: the first target port only, {@code appProtocol} dropped.
   *
   * @throws ConversionException when {@code targetPorts} is empty (KServe panics there)
   */
  static ObjectNode toV1alpha2Pool(ObjectNode src, String path) {
    JsonNode ports = at(src, "targetPorts");
    if (!ports.isArray() || ports.isEmpty()) {
      throw new ConversionException(
          path + ".targetPorts",
          "an InferencePool v1 spec needs at least one target port to convert to v1alpha1"
              + " (targetPortNumber = targetPorts[0].number); KServe's conversion panics here");
    }
    ObjectNode out = NODES.objectNode();
    JsonNode labels = at(src, "selector", "matchLabels");
    if (labels.isObject()) {
      out.set("selector", labels.deepCopy());
    }
    out.put("targetPortNumber", at(ports.get(0), "number").asInt(0));
    JsonNode epp = at(src, "endpointPickerRef");
    ObjectNode ext = out.putObject("extensionRef");
    JsonNode group = at(epp, "group");
    if (!group.isMissingNode() && !group.isNull()) {
      ext.set("group", group.deepCopy());
    }
    ext.put("kind", text(at(epp, "kind")));
    ext.put("name", text(at(epp, "name")));
    JsonNode port = at(epp, "port");
    if (port.isObject()) {
      ext.put("portNumber", at(port, "number").asInt(0));
    }
    ext.put("failureMode", text(at(epp, "failureMode")));
    return out;
  }

  private static ObjectNode port(int number) {
    ObjectNode p = NODES.objectNode();
    if (number != 0) {
      p.put("number", number);
    }
    return p;
  }
}
