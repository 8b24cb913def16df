package dev.llmisvc.render.internal.router;

import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * §4.14: the endpoint picker Service, named {@code pool.spec.endpointPickerRef.name} or {@code
 * <n>-epp-service}. Its selector is the three scheduler labels only (a fresh map, without {@code
 * scheduler.labels}); its ports are the template's container ports named {@code grpc}, {@code
 * grpc-health}, {@code metrics} and {@code zmq}, by name, targeting the port name. No type.
 */
final class SchedulerService implements RouterStep {
  private static final Set<String> PORTS = Set.of("grpc", "grpc-health", "metrics", "zmq");

  @Override
  public void apply(RouterContext context, RouterOutput output) {
    if (!context.managedScheduler()) {
      return;
    }
    PodSpec pod = context.scheduler().orElseThrow().template().orElseThrow().get();
    // Later containers win for a repeated name, as KServe fills a map in container order.
    Map<String, ContainerPort> byName = new TreeMap<>();
    for (Container c : pod.getContainers()) {
      for (ContainerPort p : c.getPorts()) {
        if (p.getName() != null && PORTS.contains(p.getName())) {
          byName.put(p.getName(), p);
        }
      }
    }
    if (byName.size() != PORTS.size()) {
      output.warn(
          "scheduler: the EPP Service gets only the ports "
              + byName.keySet()
              + " of [grpc, grpc-health, metrics, zmq]; the template names no others");
    }
    List<ServicePort> ports = new ArrayList<>();
    byName.forEach(
        (name, p) ->
            ports.add(
                new ServicePortBuilder()
                    .withName(name)
                    .withPort(p.getContainerPort())
                    .withTargetPort(new IntOrString(name))
                    .withProtocol(p.getProtocol())
                    .build()));
    output.add(
        new ServiceBuilder()
            .withMetadata(
                Children.meta(context.svc(), "-epp-service", context.schedulerLabels())
                    .withName(context.eppServiceName())
                    .build())
            .withNewSpec()
            .withSelector(context.schedulerLabels())
            .withPorts(ports)
            .endSpec()
            .build());
  }
}
