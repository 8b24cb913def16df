package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.settings.StorageInitializerConfig;
import dev.llmisvc.api.v1alpha2.ConfidentialSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attaches the model's artifacts to a pod (rendering.md §5.1, KServe's {@code
 * attachModelArtifacts}), chosen by the scheme of {@code spec.model.uri}:
 *
 * <ul>
 *   <li>{@code hf://}, {@code s3://}: a {@code storage-initializer} init container downloads into
 *       the emptyDir {@code kserve-provision-location}, mounted read-only into the target; {@code
 *       hf://} adds three {@code HF_*} variables; credentials come from the ServiceAccount or the
 *       storage-secret annotation ({@link StorageCredentials});
 *   <li>{@code pvc://claim/path}: volume {@code kserve-pvc-source} mounted with that subPath;
 *   <li>{@code oci://}: the modelcar sidecar and its {@code modelcar-init} pre-fetch check, the
 *       parent of the model path mounted read-write, {@code runAsUser} and a shared process
 *       namespace; {@code oci+native://}: an image volume;
 *   <li>any other scheme ({@code gs://}, {@code https://}, ...): a {@link
 *       dev.llmisvc.render.context.RenderException} "unsupported schema in model URI".
 * </ul>
 *
 * <p>With LoRA adapters the downloads are one storage-initializer for the model and every {@code
 * hf://}/{@code s3://} adapter, mounted at the common parent of their paths; then {@link
 * LoraAdapters} mounts PVC adapters and adds the vLLM flags.
 *
 * <p>With label {@code internal.serving.kserve.io/localmodel} the URI is first rewritten to the
 * local-model cache PVC. Not done: IRSA env and Azure/HTTPS/HDFS credentials are not added; a user
 * {@code storage-initializer} is merged onto the generated one field by field (image, pull policy,
 * env by name, resources, security context, extra mounts) rather than by a full strategic merge.
 */
public final class ModelArtifacts {
  /** The init container that downloads the model. */
  public static final String STORAGE_INITIALIZER = "storage-initializer";

  /** The emptyDir the model is downloaded into. */
  public static final String PROVISION_VOLUME = "kserve-provision-location";

  /** The PVC volume of a {@code pvc://} model. */
  public static final String PVC_VOLUME = "kserve-pvc-source";

  /** Where workloads find the model. */
  public static final String MODEL_PATH = "/mnt/models";

  private static final String LOCAL_MODEL_LABEL = "internal.serving.kserve.io/localmodel";
  private static final String LOCAL_MODEL_SOURCE =
      "internal.serving.kserve.io/localmodel-sourceuri";
  private static final String LOCAL_MODEL_PVC = "internal.serving.kserve.io/localmodel-pvc-name";

  private ModelArtifacts() {}

  /**
   * Attaches the model of {@code ctx}'s service to {@code pod} for container {@code containerName},
   * without LoRA adapters (the tokenizer's case).
   *
   * <pre>{@code
   * ModelArtifacts.attach(ctx, pod, "main", "/mnt/models/base", Optional.of(eppSa), Optional.empty());
   * }</pre>
   *
   * @param ctx the rendering
   * @param pod the pod spec, changed in place
   * @param containerName the container that reads the model, e.g. {@code main}
   * @param modelPath where that container finds it, e.g. {@code /mnt/models}
   * @param credentialServiceAccount the ServiceAccount whose Secrets hold storage credentials;
   *     empty means the namespace's {@code default}
   * @param liveStorageInitializer the live workload's {@code storage-initializer}, if any (its
   *     image is kept, and it decides whether HF env is added)
   * @throws dev.llmisvc.render.context.RenderException for a model URI KServe refuses
   */
  public static void attach(
      RenderContext ctx,
      PodSpec pod,
      String containerName,
      String modelPath,
      Optional<String> credentialServiceAccount,
      Optional<Container> liveStorageInitializer) {
    attach(
        ctx,
        pod,
        containerName,
        modelPath,
        credentialServiceAccount.map(CredentialAccount::named).orElse(CredentialAccount.none()),
        liveStorageInitializer,
        List.of());
  }

  static void attach(
      RenderContext ctx,
      PodSpec pod,
      String containerName,
      String modelPath,
      CredentialAccount credentialServiceAccount,
      Optional<Container> live,
      List<LoraAdapters.Adapter> adapters) {
    String uri = ctx.spec().model().map(m -> m.uri()).orElse("");
    int sep = uri.indexOf("://");
    if (sep < 0) {
      throw ctx.fail("spec.model.uri", "invalid model URI: " + uri);
    }
    boolean disabled =
        ctx.spec().storageInitializer().flatMap(s -> s.enabled()).map(e -> !e).orElse(false);
    if (disabled) {
      return;
    }
    if (ctx.serviceLabels().containsKey(LOCAL_MODEL_LABEL)) {
      uri = localModelUri(ctx, uri);
      sep = uri.indexOf("://");
    }
    String scheme = uri.substring(0, sep);
    List<String[]> loraPairs = new ArrayList<>();
    for (LoraAdapters.Adapter a : adapters) {
      if (a.scheme().equals("hf") || a.scheme().equals("s3")) {
        loraPairs.add(new String[] {a.uri(), a.mountPath()});
      }
    }
    Source source = new Source(ctx, pod, containerName, credentialServiceAccount, live);
    switch (scheme) {
      case "pvc" -> {
        attachPvc(ctx, pod, uri, containerName, modelPath);
        if (!loraPairs.isEmpty()) {
          source.download(loraPairs);
        } else {
          stripStorageInitializer(pod);
        }
      }
      case "oci+native" -> {
        attachOciNative(pod, "oci://" + uri.substring(sep + 3), containerName, modelPath);
        if (!loraPairs.isEmpty()) {
          source.download(loraPairs);
        }
      }
      case "oci" -> {
        if (!ctx.controller().storageInitializer().enableModelcar()) {
          throw ctx.fail("spec.model.uri", "OCI modelcars is not enabled");
        }
        attachModelcar(ctx, pod, uri, containerName, modelPath);
        if (!loraPairs.isEmpty()) {
          source.download(loraPairs);
        } else {
          stripStorageInitializer(pod);
        }
      }
      case "hf", "s3" -> {
        if (loraPairs.isEmpty()) {
          source.single(uri, modelPath, scheme.equals("hf"));
        } else {
          List<String[]> pairs = new ArrayList<>();
          pairs.add(new String[] {uri, MODEL_PATH});
          pairs.addAll(loraPairs);
          source.download(pairs);
        }
      }
      default -> throw ctx.fail("spec.model.uri", "unsupported schema in model URI: " + uri);
    }
    if (!adapters.isEmpty()) {
      LoraAdapters.attach(ctx, pod, containerName, adapters);
    }
  }

  /**
   * The local-model cache: with label {@code internal.serving.kserve.io/localmodel} the model is
   * read from the cache PVC at {@code /models/<first 16 hex of sha256(source uri)><rest of uri>}.
   */
  private static String localModelUri(RenderContext ctx, String uri) {
    String sourceUri = ctx.serviceAnnotations().get(LOCAL_MODEL_SOURCE);
    String pvc = ctx.serviceAnnotations().get(LOCAL_MODEL_PVC);
    if (sourceUri == null) {
      throw ctx.fail("metadata.annotations", "annotation " + LOCAL_MODEL_SOURCE + " not found");
    }
    if (pvc == null) {
      throw ctx.fail("metadata.annotations", "annotation " + LOCAL_MODEL_PVC + " not found");
    }
    String subPath = uri.startsWith(sourceUri) ? uri.substring(sourceUri.length()) : uri;
    if (!subPath.startsWith("/")) {
      subPath = "/" + subPath;
    }
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(sourceUri.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String key = java.util.HexFormat.of().formatHex(hash).substring(0, 16);
      return "pvc://" + pvc + "/models/" + key + subPath;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** Removes a user {@code storage-initializer} and returns it. */
  static Optional<Container> stripStorageInitializer(PodSpec pod) {
    if (pod.getInitContainers() == null) {
      return Optional.empty();
    }
    Optional<Container> found = Optional.empty();
    List<Container> kept = new ArrayList<>();
    for (Container c : pod.getInitContainers()) {
      if (STORAGE_INITIALIZER.equals(c.getName())) {
        found = Optional.of(c);
      } else {
        kept.add(c);
      }
    }
    pod.setInitContainers(kept);
    return found;
  }

  /**
   * {@code utils.AddModelMount}: mounts a volume on the named container (containers first, then
   * init containers, which always mount read-write) and adds the volume when a mount was added.
   */
  static void addModelMount(
      PodSpec pod,
      String containerName,
      String volume,
      String path,
      String subPath,
      boolean readOnly,
      Optional<String> claim) {
    Optional<Container> target = PodSpecs.container(pod, containerName);
    boolean ro = readOnly;
    if (target.isEmpty()) {
      target = PodSpecs.initContainer(pod, containerName);
      ro = false;
    }
    if (target.isEmpty()) {
      return;
    }
    Container c = target.get();
    if (c.getVolumeMounts() != null
        && c.getVolumeMounts().stream().anyMatch(m -> volume.equals(m.getName()))) {
      return;
    }
    PodSpecs.mounts(c).add(PodSpecs.mount(volume, path, subPath, ro));
    if (!PodSpecs.hasVolume(pod, volume)) {
      VolumeBuilder v = new VolumeBuilder().withName(volume);
      if (claim.isPresent()) {
        v.withNewPersistentVolumeClaim().withClaimName(claim.get()).endPersistentVolumeClaim();
      } else {
        v.withNewEmptyDir().endEmptyDir();
      }
      PodSpecs.volumes(pod).add(v.build());
    }
  }

  private static void attachPvc(
      RenderContext ctx, PodSpec pod, String uri, String containerName, String modelPath) {
    String rest = uri.substring("pvc://".length());
    int slash = rest.indexOf('/');
    String claim = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    if (claim.isEmpty()) {
      throw ctx.fail("spec.model.uri", "invalid PVC URI: " + uri);
    }
    ctx.require(
        "v1", "PersistentVolumeClaim", claim, "the model volume (spec.model.uri " + uri + ")");
    addModelMount(pod, containerName, PVC_VOLUME, modelPath, path, true, Optional.of(claim));
  }

  private static void attachOciNative(
      PodSpec pod, String uri, String containerName, String modelPath) {
    String image = uri.substring("oci://".length());
    String volume = modelPath.replaceAll("^/+", "").replace('/', '-');
    Optional<Container> target = PodSpecs.container(pod, containerName);
    if (target.isEmpty()) {
      return;
    }
    if (!PodSpecs.hasVolume(pod, volume)) {
      PodSpecs.volumes(pod)
          .add(
              new VolumeBuilder()
                  .withName(volume)
                  .withNewImage()
                  .withReference(image)
                  .withPullPolicy("IfNotPresent")
                  .endImage()
                  .build());
    }
    PodSpecs.mounts(target.get()).add(PodSpecs.mount(volume, modelPath, "models", true));
  }

  private static void attachModelcar(
      RenderContext ctx, PodSpec pod, String uri, String containerName, String modelPath) {
    StorageInitializerConfig config = ctx.controller().storageInitializer();
    Container target =
        PodSpecs.container(pod, containerName)
            .orElseThrow(
                () ->
                    ctx.fail(
                        "spec.template.containers",
                        "no container found with name " + containerName));
    PodSpecs.addOrReplaceEnv(target, "MODEL_INIT_MODE", "async");
    String parent = parent(modelPath);
    if (!PodSpecs.hasVolume(pod, PROVISION_VOLUME)) {
      PodSpecs.volumes(pod)
          .add(
              new VolumeBuilder()
                  .withName(PROVISION_VOLUME)
                  .withNewEmptyDir()
                  .endEmptyDir()
                  .build());
    }
    if (target.getVolumeMounts() == null
        || target.getVolumeMounts().stream().noneMatch(m -> PROVISION_VOLUME.equals(m.getName()))) {
      PodSpecs.mounts(target).add(PodSpecs.mount(PROVISION_VOLUME, parent, null, false));
    }
    long uid = config.uidModelcar();
    if (target.getSecurityContext() == null) {
      target.setSecurityContext(new SecurityContext());
    }
    target.getSecurityContext().setRunAsUser(uid);
    if (PodSpecs.container(pod, "modelcar").isEmpty()) {
      String image = uri.substring("oci://".length());
      Map<String, Quantity> res = new LinkedHashMap<>();
      res.put("cpu", new Quantity(config.cpuModelcar()));
      res.put("memory", new Quantity(config.memoryModelcar()));
      Container modelcar =
          new ContainerBuilder()
              .withName("modelcar")
              .withImage(image)
              .withVolumeMounts(PodSpecs.mount(PROVISION_VOLUME, parent, null, false))
              .withArgs("sh", "-c", modelcarCommand(modelPath))
              .withNewResources()
              .withLimits(new LinkedHashMap<>(res))
              .withRequests(new LinkedHashMap<>(res))
              .endResources()
              .withTerminationMessagePolicy("FallbackToLogsOnError")
              .withNewSecurityContext()
              .withRunAsUser(uid)
              .endSecurityContext()
              .build();
      PodSpecs.containers(pod).add(modelcar);
      Container init =
          new ContainerBuilder()
              .withName("modelcar-init")
              .withImage(image)
              .withArgs(
                  "sh",
                  "-c",
                  "echo 'Pre-fetching modelcar "
                      + image
                      + ": ' && [ -d /models ] && [ \"$$(ls -A /models)\" ] && echo 'OK ..."
                      + " Prefetched and valid (/models exists)' || (echo 'NOK ... Prefetched but"
                      + " modelcar is invalid (/models does not exist or is empty)' && exit 1)")
              .withNewResources()
              .withLimits(new LinkedHashMap<>(res))
              .withRequests(new LinkedHashMap<>(res))
              .endResources()
              .withTerminationMessagePolicy("FallbackToLogsOnError")
              .build();
      PodSpecs.initContainers(pod).add(init);
    }
    pod.setShareProcessNamespace(true);
  }

  private static String modelcarCommand(String modelPath) {
    if (modelPath.equals(MODEL_PATH)) {
      return "ln -sf /proc/$$$$/root/models /mnt/models && sleep infinity";
    }
    return "mkdir -p "
        + shellQuote(parent(modelPath))
        + " && ln -sf /proc/$$$$/root/models "
        + shellQuote(modelPath)
        + " && sleep infinity";
  }

  private static String shellQuote(String path) {
    return path.matches("[A-Za-z0-9/._-]*") ? path : "'" + path.replace("'", "'\\''") + "'";
  }

  static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i <= 0 ? "/" : path.substring(0, i);
  }

  /** The storage-initializer download of one or more uri/path pairs. */
  private static final class Source {
    private final RenderContext ctx;
    private final PodSpec pod;
    private final String containerName;
    private final CredentialAccount credentialServiceAccount;
    private final Optional<Container> live;

    Source(
        RenderContext ctx,
        PodSpec pod,
        String containerName,
        CredentialAccount credentialServiceAccount,
        Optional<Container> live) {
      this.ctx = ctx;
      this.pod = pod;
      this.containerName = containerName;
      this.credentialServiceAccount = credentialServiceAccount;
      this.live = live;
    }

    /** One model download ({@code attachHfModelArtifact} / {@code attachS3ModelArtifact}). */
    void single(String uri, String modelPath, boolean hf) {
      Optional<Container> user = stripStorageInitializer(pod);
      Container generated = initContainer(List.of(uri, MODEL_PATH));
      confidential(generated);
      Container init = user.map(u -> mergeUser(generated, u)).orElse(generated);
      PodSpecs.initContainers(pod).add(init);
      addModelMount(
          pod, STORAGE_INITIALIZER, PROVISION_VOLUME, MODEL_PATH, null, false, Optional.empty());
      addModelMount(pod, containerName, PROVISION_VOLUME, modelPath, null, true, Optional.empty());
      Optional<ServiceAccount> sa = serviceAccount();
      if (sa.isEmpty()) {
        if (!hf) {
          caBundle(init);
        }
        return;
      }
      StorageCredentials.attach(ctx, sa.get(), init, pod);
      if (hf) {
        hfEnv(init);
      } else {
        caBundle(init);
      }
      tokenizerPatterns(init);
    }

    /** Several downloads in one container ({@code attachMultiStorageDownloads}). */
    void download(List<String[]> pairs) {
      Optional<Container> user = stripStorageInitializer(pod);
      List<String> paths = new ArrayList<>();
      List<String> args = new ArrayList<>();
      for (String[] p : pairs) {
        args.add(p[0]);
        args.add(p[1]);
        paths.add(p[1]);
      }
      String parent = commonParent(paths);
      Container generated = initContainer(args);
      Container init = user.map(u -> mergeUser(generated, u)).orElse(generated);
      PodSpecs.initContainers(pod).add(init);
      addModelMount(
          pod, STORAGE_INITIALIZER, PROVISION_VOLUME, parent, null, false, Optional.empty());
      addModelMount(pod, containerName, PROVISION_VOLUME, parent, null, true, Optional.empty());
      Optional<ServiceAccount> sa = serviceAccount();
      if (sa.isEmpty()) {
        caBundle(init);
        return;
      }
      StorageCredentials.attach(ctx, sa.get(), init, pod);
      if (pairs.stream().anyMatch(p -> p[0].startsWith("hf://"))) {
        hfEnv(init);
      }
      tokenizerPatterns(init);
      caBundle(init);
    }

    private Optional<ServiceAccount> serviceAccount() {
      return credentialServiceAccount.resolve(ctx);
    }

    private Container initContainer(List<String> args) {
      StorageInitializerConfig config = ctx.controller().storageInitializer();
      String image = live.map(Container::getImage).orElse(config.effectiveImage());
      Map<String, Quantity> limits = new LinkedHashMap<>();
      limits.put("cpu", new Quantity(config.cpuLimit()));
      limits.put("memory", new Quantity(config.memoryLimit()));
      Map<String, Quantity> requests = new LinkedHashMap<>();
      requests.put("cpu", new Quantity(config.cpuRequest()));
      requests.put("memory", new Quantity(config.memoryRequest()));
      return new ContainerBuilder()
          .withName(STORAGE_INITIALIZER)
          .withImage(image)
          .withArgs(new ArrayList<>(args))
          .withTerminationMessagePolicy("FallbackToLogsOnError")
          .withNewResources()
          .withLimits(limits)
          .withRequests(requests)
          .endResources()
          .build();
    }

    private void confidential(Container init) {
      Optional<ConfidentialSpec> c = ctx.spec().model().flatMap(m -> m.confidential());
      if (c.isPresent() && c.get().enabled()) {
        PodSpecs.addOrReplaceEnv(init, "CONFIDENTIAL_ENABLED", "true");
        String id = c.get().resourceId().orElse("");
        if (!id.isEmpty()) {
          PodSpecs.addOrReplaceEnv(init, "CONFIDENTIAL_RESOURCE_ID", id);
        }
      }
    }

    private void hfEnv(Container init) {
      boolean add =
          live.isEmpty()
              || (live.get().getEnv() != null
                  && live.get().getEnv().stream().anyMatch(e -> e.getName().startsWith("HF_")));
      if (add) {
        PodSpecs.addEnvIfAbsent(
            init,
            List.of(
                new EnvVar("HF_HUB_ENABLE_HF_TRANSFER", "1", null),
                new EnvVar("HF_XET_HIGH_PERFORMANCE", "1", null),
                new EnvVar("HF_XET_NUM_CONCURRENT_RANGE_GETS", "8", null)));
      }
    }

    private void tokenizerPatterns(Container init) {
      if (containerName.equals("tokenizer")) {
        PodSpecs.addEnvIfAbsent(
            init,
            List.of(
                new EnvVar(
                    "STORAGE_ALLOW_PATTERNS",
                    "[\"tokenizer.json\", \"tokenizer_config.json\", \"special_tokens_map.json\","
                        + " \"vocab.json\", \"merges.txt\", \"config.json\","
                        + " \"generation_config.json\"]",
                    null)));
      }
    }

    private void caBundle(Container init) {
      StorageInitializerConfig config = ctx.controller().storageInitializer();
      boolean need =
          !config.caBundleConfigMapName().isEmpty()
              || PodSpecs.hasEnv(init, "AWS_CA_BUNDLE_CONFIGMAP");
      if (!need) {
        return;
      }
      String configMap = config.caBundleConfigMapName();
      if (!ctx.namespace().equals(ctx.controller().systemNamespace())) {
        configMap = "global-ca-bundle";
      }
      String mountPath =
          config.caBundleVolumeMountPath().isEmpty()
              ? "/etc/ssl/custom-certs"
              : config.caBundleVolumeMountPath();
      boolean nameSet = false;
      boolean pathSet = false;
      for (EnvVar e : PodSpecs.env(init)) {
        switch (e.getName()) {
          case "AWS_CA_BUNDLE_CONFIGMAP" -> configMap = e.getValue();
          case "AWS_CA_BUNDLE" -> mountPath = parent(e.getValue());
          case "CA_BUNDLE_CONFIGMAP_NAME" -> nameSet = true;
          case "CA_BUNDLE_VOLUME_MOUNT_POINT" -> pathSet = true;
          default -> {}
        }
      }
      if (!nameSet) {
        PodSpecs.env(init).add(new EnvVar("CA_BUNDLE_CONFIGMAP_NAME", configMap, null));
      }
      if (!pathSet) {
        PodSpecs.env(init).add(new EnvVar("CA_BUNDLE_VOLUME_MOUNT_POINT", mountPath, null));
      }
      PodSpecs.volumes(pod)
          .add(
              new VolumeBuilder()
                  .withName("cabundle-cert")
                  .withNewConfigMap()
                  .withName(configMap)
                  .endConfigMap()
                  .build());
      PodSpecs.mounts(init).add(PodSpecs.mount("cabundle-cert", mountPath, null, true));
      ctx.require("v1", "ConfigMap", configMap, "CA bundle of the storage-initializer");
    }

    /**
     * The user's container strategic-merged onto the generated one; name, args and command stay the
     * generated ones.
     */
    private Container mergeUser(Container generated, Container user) {
      if (user.getArgs() != null && !user.getArgs().isEmpty()
          || user.getCommand() != null && !user.getCommand().isEmpty()) {
        ctx.warn("args/command of the user storage-initializer are replaced by the renderer's");
      }
      Container merged = ContainerPatch.apply(generated, user);
      merged.setName(generated.getName());
      merged.setArgs(generated.getArgs());
      merged.setCommand(generated.getCommand());
      return merged;
    }
  }

  /** {@code utils.FindCommonParentPath}: the deepest directory containing every path. */
  static String commonParent(List<String> paths) {
    if (paths.size() == 1) {
      return paths.get(0);
    }
    String[] first = paths.get(0).split("/");
    int common = first.length;
    for (String p : paths.subList(1, paths.size())) {
      String[] parts = p.split("/");
      int i = 0;
      while (i < Math.min(common, parts.length) && parts[i].equals(first[i])) {
        i++;
      }
      common = i;
    }
    String joined = String.join("/", java.util.Arrays.copyOf(first, common));
    return joined.isEmpty() ? "/" : joined;
  }
}
