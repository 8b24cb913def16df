package dev.llmisvc.render.internal.workload;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small pod-spec edits the steps share, written the way KServe's Go helpers behave. */
final class PodSpecs {
  private PodSpecs() {}

  static Optional<Container> container(PodSpec pod, String name) {
    return pod.getContainers() == null
        ? Optional.empty()
        : pod.getContainers().stream().filter(c -> name.equals(c.getName())).findFirst();
  }

  static Optional<Container> initContainer(PodSpec pod, String name) {
    return pod.getInitContainers() == null
        ? Optional.empty()
        : pod.getInitContainers().stream().filter(c -> name.equals(c.getName())).findFirst();
  }

  static List<EnvVar> env(Container c) {
    if (c.getEnv() == null) {
      c.setEnv(new ArrayList<>());
    }
    return c.getEnv();
  }

  static boolean hasEnv(Container c, String name) {
    return c.getEnv() != null && c.getEnv().stream().anyMatch(e -> name.equals(e.getName()));
  }

  /** Appends each variable whose name is not there yet ({@code utils.AddEnvVars}). */
  static void addEnvIfAbsent(Container c, List<EnvVar> vars) {
    for (EnvVar v : vars) {
      if (!hasEnv(c, v.getName())) {
        env(c).add(v);
      }
    }
  }

  /** Replaces the value of a variable or appends it ({@code utils.AddOrReplaceEnv}). */
  static void addOrReplaceEnv(Container c, String name, String value) {
    for (EnvVar e : env(c)) {
      if (name.equals(e.getName())) {
        e.setValue(value);
        e.setValueFrom(null);
        return;
      }
    }
    env(c).add(new EnvVar(name, value, null));
  }

  static List<Volume> volumes(PodSpec pod) {
    if (pod.getVolumes() == null) {
      pod.setVolumes(new ArrayList<>());
    }
    return pod.getVolumes();
  }

  static boolean hasVolume(PodSpec pod, String name) {
    return pod.getVolumes() != null
        && pod.getVolumes().stream().anyMatch(v -> name.equals(v.getName()));
  }

  static List<VolumeMount> mounts(Container c) {
    if (c.getVolumeMounts() == null) {
      c.setVolumeMounts(new ArrayList<>());
    }
    return c.getVolumeMounts();
  }

  /** A mount as Go writes it: {@code readOnly} and {@code subPath} omitted when zero. */
  static VolumeMount mount(String name, String path, String subPath, boolean readOnly) {
    VolumeMount m = new VolumeMount();
    m.setName(name);
    m.setMountPath(path);
    if (subPath != null && !subPath.isEmpty()) {
      m.setSubPath(subPath);
    }
    if (readOnly) {
      m.setReadOnly(true);
    }
    return m;
  }

  static List<String> args(Container c) {
    if (c.getArgs() == null) {
      c.setArgs(new ArrayList<>());
    }
    return c.getArgs();
  }

  static List<Container> initContainers(PodSpec pod) {
    if (pod.getInitContainers() == null) {
      pod.setInitContainers(new ArrayList<>());
    }
    return pod.getInitContainers();
  }

  static List<Container> containers(PodSpec pod) {
    if (pod.getContainers() == null) {
      pod.setContainers(new ArrayList<>());
    }
    return pod.getContainers();
  }
}
