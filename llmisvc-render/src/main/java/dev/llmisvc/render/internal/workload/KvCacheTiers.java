package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.v1alpha2.FileSystemTierSpec;
import dev.llmisvc.api.v1alpha2.KVCacheOffloadingSpec;
import dev.llmisvc.api.v1alpha2.SecondaryTierSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * KV-cache secondary tiers (rendering.md §5.3): tier {@code i} with a file system becomes volume
 * {@code kv-cache-secondary-<i>} (emptyDir with a size limit, ephemeral claim, or existing PVC)
 * mounted at {@code /mnt/kv-cache-<i>} on {@code main}; an emptyDir tier also adds its size to
 * {@code main}'s {@code ephemeral-storage} request.
 */
final class KvCacheTiers {
  private KvCacheTiers() {}

  static void apply(Optional<KVCacheOffloadingSpec> offloading, PodSpec pod) {
    if (offloading.isEmpty()) {
      return;
    }
    List<SecondaryTierSpec> tiers = offloading.get().secondary();
    for (int i = 0; i < tiers.size(); i++) {
      Optional<FileSystemTierSpec> fs = tiers.get(i).fileSystem();
      if (fs.isEmpty()) {
        continue;
      }
      String volumeName = "kv-cache-secondary-" + i;
      String mountPath = "/mnt/kv-cache-" + i;
      VolumeBuilder v = new VolumeBuilder().withName(volumeName);
      String subPath = null;
      FileSystemTierSpec f = fs.get();
      if (f.emptyDir().isPresent()) {
        v.withNewEmptyDir().withSizeLimit(f.emptyDir().get().size().get()).endEmptyDir();
      } else if (f.pvc().isPresent() && f.pvc().get().spec().isPresent()) {
        v.withNewEphemeral()
            .withNewVolumeClaimTemplate()
            .withSpec(f.pvc().get().spec().get().get())
            .endVolumeClaimTemplate()
            .endEphemeral();
      } else if (f.pvc().isPresent() && f.pvc().get().ref().isPresent()) {
        v.withNewPersistentVolumeClaim()
            .withClaimName(f.pvc().get().ref().get().name())
            .endPersistentVolumeClaim();
        subPath = f.pvc().get().ref().get().path().orElse(null);
      } else {
        continue;
      }
      Volume volume = v.build();
      PodSpecs.volumes(pod).add(volume);
      Optional<Container> main = PodSpecs.container(pod, "main");
      if (main.isPresent()) {
        PodSpecs.mounts(main.get()).add(PodSpecs.mount(volumeName, mountPath, subPath, false));
        if (f.emptyDir().isPresent()) {
          addEphemeralRequest(main.get(), f.emptyDir().get().size().get());
        }
      }
    }
  }

  private static void addEphemeralRequest(Container c, Quantity size) {
    if (c.getResources() == null) {
      c.setResources(new ResourceRequirements());
    }
    if (c.getResources().getRequests() == null) {
      c.getResources().setRequests(new LinkedHashMap<>());
    }
    Quantity existing = c.getResources().getRequests().get("ephemeral-storage");
    c.getResources()
        .getRequests()
        .put("ephemeral-storage", existing == null ? size : existing.add(size));
  }
}
