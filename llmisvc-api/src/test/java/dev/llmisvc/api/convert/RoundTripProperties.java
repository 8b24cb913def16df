package dev.llmisvc.api.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * v1alpha1 -> v1alpha2 -> v1alpha1 is the identity on v1alpha1 objects a Go client could write.
 *
 * <p>Generated objects avoid what KServe's conversion loses by design, each pinned by its own
 * example in {@link ConversionTest}: {@code status.router}, criticality of nested adapters, pool
 * extension refs without {@code kind} (they come back as {@code Service}), a Service extension
 * without {@code portNumber} (it comes back as 9002), and the internal criticality annotations on
 * the v1alpha1 object itself.
 */
class RoundTripProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> CRITICALITIES = List.of("Critical", "Standard", "Sheddable");

  @Property(tries = 300)
  void v1alpha1ToHubAndBackIsTheIdentity(@ForAll("v1alpha1Objects") ObjectNode v1) {
    ObjectNode before = v1.deepCopy();
    ObjectNode hub = Conversion.toV1alpha2(v1);
    assertThat(hub.get("apiVersion").asText()).isEqualTo("serving.kserve.io/v1alpha2");
    assertThat(hub.findValues("criticality")).isEmpty();
    assertThat(Conversion.toV1alpha1(hub)).isEqualTo(before);
    assertThat(v1).isEqualTo(before);
  }

  @Provide
  Arbitrary<ObjectNode> v1alpha1Objects() {
    return Arbitraries.longs().map(seed -> new Generator(new Random(seed)).resource());
  }

  /** Builds one random v1alpha1 object from a seed (shrinks by seed, readable by printing). */
  private static final class Generator {
    private final Random r;

    Generator(Random r) {
      this.r = r;
    }

    private boolean maybe() {
      return r.nextBoolean();
    }

    private String word(String prefix) {
      return prefix + r.nextInt(1000);
    }

    private String criticality() {
      return CRITICALITIES.get(r.nextInt(CRITICALITIES.size()));
    }

    ObjectNode resource() {
      boolean config = r.nextInt(4) == 0;
      ObjectNode o = NODES.objectNode();
      o.put("apiVersion", "serving.kserve.io/v1alpha1");
      o.put("kind", config ? "LLMInferenceServiceConfig" : "LLMInferenceService");
      ObjectNode meta = o.putObject("metadata");
      meta.put("name", word("svc-"));
      meta.put("namespace", word("ns-"));
      if (maybe()) {
        meta.putObject("labels").put("app", word("a"));
      }
      if (maybe()) {
        meta.putObject("annotations")
            .put("serving.kserve.io/exp-dra-device-class", "gpu.example.com");
      }
      o.set("spec", spec());
      if (maybe()) {
        o.set("status", config ? configStatus() : serviceStatus());
      }
      return o;
    }

    private ObjectNode spec() {
      ObjectNode s = NODES.objectNode();
      s.set("model", model(true));
      if (maybe()) {
        s.putObject("storageInitializer").put("enabled", maybe());
      }
      workload(s);
      if (maybe()) {
        s.set("router", router());
      }
      if (maybe()) {
        ObjectNode prefill = NODES.objectNode();
        workload(prefill);
        s.set("prefill", prefill);
      }
      if (maybe()) {
        s.putObject("tracing").put("exporterEndpoint", "http://otel:4317").put("samplerArg", "0.1");
      }
      if (maybe()) {
        s.putArray("baseRefs").addObject().put("name", word("cfg-"));
      }
      return s;
    }

    private ObjectNode model(boolean top) {
      ObjectNode m = NODES.objectNode();
      m.put("uri", "hf://org/" + word("m"));
      if (maybe()) {
        m.put("name", word("model-"));
      }
      if (maybe()) {
        m.put("criticality", criticality());
      }
      if (top && maybe()) {
        ObjectNode lora = m.putObject("lora");
        if (maybe()) {
          lora.put("maxRank", 1 + r.nextInt(64));
        }
        ArrayNode adapters = lora.putArray("adapters");
        int n = r.nextInt(13);
        for (int i = 0; i < n; i++) {
          ObjectNode a = model(false);
          if (r.nextInt(5) == 0) {
            ObjectNode nested = model(false);
            nested.remove("criticality"); // nested criticality is lost by design
            a.putObject("lora").putArray("adapters").add(nested);
          }
          adapters.add(a);
        }
      }
      return m;
    }

    private void workload(ObjectNode w) {
      switch (r.nextInt(4)) {
        case 0 -> w.put("replicas", r.nextInt(5));
        case 1 -> w.set("scaling", scaling());
        default -> {}
      }
      if (maybe()) {
        ObjectNode p = w.putObject("parallelism");
        if (maybe()) {
          p.put("tensor", 1 + r.nextInt(8));
        }
        if (maybe()) {
          p.put("data", 16).put("dataLocal", 8).put("dataRPCPort", 5555);
        } else if (maybe()) {
          p.put("pipeline", 2);
        }
        if (maybe()) {
          p.put("expert", true);
        }
      }
      if (maybe()) {
        w.putObject("template")
            .putArray("containers")
            .addObject()
            .put("name", "main")
            .put("image", word("img-"));
      }
      if (maybe()) {
        w.putObject("worker").putArray("containers");
      }
      if (maybe()) {
        w.putObject("labels").put("tier", word("t"));
      }
      if (maybe()) {
        w.putObject("rolloutStrategy").put("maxUnavailable", 0).put("maxSurge", "25%");
      }
    }

    private ObjectNode scaling() {
      ObjectNode s = NODES.objectNode();
      if (maybe()) {
        s.put("minReplicas", 1);
      }
      s.put("maxReplicas", 1 + r.nextInt(10));
      if (maybe()) {
        ObjectNode wva = s.putObject("wva");
        wva.put("variantCost", "10.0");
        if (maybe()) {
          wva.putObject("hpa")
              .putObject("behavior")
              .putObject("scaleUp")
              .put("stabilizationWindowSeconds", 30);
        } else {
          wva.putObject("keda").put("pollingInterval", 15).put("idleReplicaCount", 0);
        }
      } else {
        ObjectNode keda = s.putObject("keda");
        keda.put("cooldownPeriod", 300);
        if (maybe()) {
          keda.putObject("fallback")
              .put("failureThreshold", 3)
              .put("replicas", 2)
              .put("behavior", "static");
        }
        ObjectNode trigger = keda.putArray("triggers").addObject();
        trigger.put("type", "prometheus");
        trigger.putObject("metadata").put("query", "sum(x)");
      }
      return s;
    }

    private ObjectNode router() {
      ObjectNode router = NODES.objectNode();
      if (maybe()) {
        ObjectNode route = router.putObject("route");
        if (maybe()) {
          route.put("group", word("g")).put("weight", r.nextInt(100));
        }
        if (maybe()) {
          route.putObject("http").putArray("refs").addObject().put("name", word("route-"));
        } else if (maybe()) {
          route
              .putObject("http")
              .putObject("spec")
              .putArray("parentRefs")
              .addObject()
              .put("name", "gw");
        }
      }
      if (maybe()) {
        ObjectNode ref = router.putObject("gateway").putArray("refs").addObject();
        ref.put("name", word("gw-"));
        if (maybe()) {
          ref.put("namespace", "infra").put("sectionName", "https");
        }
      }
      if (r.nextInt(5) == 0) {
        router.putObject("ingress");
      }
      if (maybe()) {
        ObjectNode sched = router.putObject("scheduler");
        if (maybe()) {
          sched.set("pool", pool());
        }
        if (maybe()) {
          if (maybe()) {
            sched
                .putObject("config")
                .putObject("inline")
                .put("apiVersion", "inference.networking.x-k8s.io/v1alpha1");
          } else {
            sched.putObject("config").putObject("ref").put("name", "cm").put("key", "epp");
          }
        }
        if (maybe()) {
          sched.put("replicas", 1 + r.nextInt(3));
        }
        if (maybe()) {
          sched
              .putObject("tokenizer")
              .putObject("template")
              .putArray("containers")
              .addObject()
              .put("name", "tok");
        }
        if (maybe()) {
          sched.putObject("template").putArray("containers");
        }
      }
      return router;
    }

    private ObjectNode pool() {
      ObjectNode pool = NODES.objectNode();
      if (r.nextInt(3) == 0) {
        pool.putObject("ref").put("name", word("pool-"));
        return pool;
      }
      ObjectNode spec = pool.putObject("spec");
      spec.putObject("selector").put("app", word("a")).put("kserve.io/component", "workload");
      spec.put("targetPortNumber", r.nextInt(3) == 0 ? 0 : 8000 + r.nextInt(100));
      ObjectNode ext = spec.putObject("extensionRef");
      if (maybe()) {
        ext.put("group", maybe() ? "" : "apps");
      }
      boolean service = maybe();
      ext.put("kind", service ? "Service" : "Deployment");
      ext.put("name", word("epp-"));
      if (service || maybe()) {
        ext.put("portNumber", 1 + r.nextInt(65535));
      }
      ext.put("failureMode", maybe() ? "FailOpen" : "FailClose");
      return pool;
    }

    private ObjectNode serviceStatus() {
      ObjectNode s = NODES.objectNode();
      if (maybe()) {
        s.put("url", "http://" + word("h") + ".example.com");
      }
      commonStatus(s);
      if (maybe()) {
        s.putObject("address").put("url", "http://internal");
      }
      if (maybe()) {
        ArrayNode addresses = s.putArray("addresses");
        addresses.addObject().put("name", "gateway").put("url", "http://gw");
        addresses.addObject().put("url", "https://gw").put("CACerts", "pem").put("audience", "a");
      }
      return s;
    }

    private ObjectNode configStatus() {
      ObjectNode s = NODES.objectNode();
      commonStatus(s);
      return s;
    }

    private void commonStatus(ObjectNode s) {
      s.put("observedGeneration", 1 + r.nextInt(9));
      if (maybe()) {
        s.putArray("conditions")
            .addObject()
            .put("type", "Ready")
            .put("status", maybe() ? "True" : "False")
            .put("reason", "Whatever");
      }
      if (maybe()) {
        s.putObject("annotations")
            .put("serving.kserve.io/config-llm-template", "kserve-config-llm-template");
      }
    }
  }
}
