package dev.llmisvc.compose.template;

import dev.llmisvc.api.GoQuote;
import dev.llmisvc.compose.template.GoValue.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The functions KServe adds to its config templates ({@code config_merge.go}): {@code
 * shutdownTimeout} and {@code kvTransferConfig} ({@code ChildName} is {@link
 * dev.llmisvc.api.naming.ChildName}).
 */
final class KServeFunctions {
  private KServeFunctions() {}

  static GoValue shutdownTimeout(List<GoValue> args) {
    long t = 60;
    if (args.get(0) instanceof Ptr p
        && p.type().equals("*v1.PodSpec")
        && !p.isNil()
        && p.target().get() instanceof Struct pod) {
      Optional<GoValue> tg = pod.field("TerminationGracePeriodSeconds");
      if (tg.isPresent()) {
        GoValue v = GoValue.indirect(tg.get());
        if (v instanceof Int i) {
          t = i.value();
        }
      }
    }
    long preStop = ((Int) args.get(1)).value();
    return new Int(Math.max(0, t - preStop - Math.min(5, t)), "int64");
  }

  static GoValue kvTransferConfig(List<GoValue> args) {
    if (!(args.get(0) instanceof Ptr p)
        || !p.type().equals("*v1alpha2.KVCacheOffloadingSpec")
        || p.isNil()) {
      return Str.of("");
    }
    Struct kv = (Struct) p.target().get();
    long cpu =
        kv.field("CPU")
            .filter(QuantityVal.class::isInstance)
            .map(q -> ((QuantityVal) q).quantity().longValue())
            .orElse(0L);
    String eviction = kv.field("EvictionPolicy").map(v -> ((Str) v).value()).orElse("");
    List<Integer> tiers = new ArrayList<>();
    if (kv.field("Secondary").orElse(null) instanceof Slice secondary) {
      for (int i = 0; i < secondary.items().size(); i++) {
        if (secondary.items().get(i) instanceof Struct tier
            && tier.field("FileSystem").orElse(null) instanceof Ptr fs
            && !fs.isNil()) {
          tiers.add(i);
        }
      }
    }
    StringBuilder extra = new StringBuilder("{\"cpu_bytes_to_use\":").append(cpu);
    if (!eviction.isEmpty()) {
      extra.append(",\"eviction_policy\":").append(GoQuote.quote(eviction));
    }
    if (!tiers.isEmpty()) {
      extra.append(",\"secondary_tiers\":[");
      for (int k = 0; k < tiers.size(); k++) {
        if (k > 0) {
          extra.append(',');
        }
        extra
            .append("{\"root_dir\":\"/mnt/kv-cache-")
            .append(tiers.get(k))
            .append("\",\"type\":\"fs\"}");
      }
      extra.append(']');
    }
    extra.append(",\"spec_name\":\"TieringOffloadingSpec\"}");
    String json =
        "{\"kv_connector\":\"OffloadingConnector\",\"kv_connector_extra_config\":"
            + extra
            + ",\"kv_role\":\"kv_both\"}";
    return Str.of("--kv-transfer-config '" + json.replace("\"", "\\\\\\\"") + "'");
  }
}
