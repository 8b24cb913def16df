package dev.llmisvc.examples.reconcile;

import dev.llmisvc.api.LlmisvcException;
import dev.llmisvc.api.settings.ControllerSettings;
import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.v1alpha2.LLMInferenceServiceResource;
import dev.llmisvc.compose.Composer;
import dev.llmisvc.compose.Composition;
import dev.llmisvc.compose.source.KubernetesConfigSource;
import dev.llmisvc.examples.reconcile.Outcome.AppliedObject;
import dev.llmisvc.render.Renderer;
import dev.llmisvc.render.Rendering;
import dev.llmisvc.render.context.KubernetesClusterFacts;
import dev.llmisvc.render.context.RenderSettings;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A minimal reconcile pass, the way an operator would embed the library: list the {@code
 * LLMInferenceService}s ({@code serving.kserve.io/v1alpha2}) of a namespace or of all namespaces
 * through a fabric8 {@link KubernetesClient}, compose each against the configs in the cluster,
 * render it, and server-side apply every rendered object with the field manager {@value
 * #FIELD_MANAGER}, forcing conflicts. Each service gets an {@link Outcome}; a service that cannot
 * be read, composed, rendered or applied is reported and the pass goes on.
 *
 * <pre>{@code
 * try (KubernetesClient client = new KubernetesClientBuilder().build()) {
 *   for (Outcome o : new ReconcileLoopExample(client).reconcileNamespace("llm")) {
 *     System.out.println(o.describe());
 *   }
 * }
 * }</pre>
 *
 * <p>Configs are looked up as KServe does, in the service's namespace and then in the system
 * namespace, through {@link KubernetesConfigSource} (one GET per lookup). A well-known preset the
 * cluster does not have is answered by the built-in catalog, as {@code llmisvc compose
 * --from-cluster} does; a KServe controller would instead fail the service. Cluster lookups the
 * renderer makes (live replicas, live scheduler arguments, the Gateway) go through {@link
 * KubernetesClusterFacts}. The workload's self-signed certificate Secret ({@code
 * <name>-kserve-self-signed-certs}, which the presets mount) is rendered with a fresh key and
 * applied only when the cluster does not have it yet; KServe also renews it when it expires or its
 * host names change, which this pass does not.
 *
 * <p>What KServe's controller does and this pass does not:
 *
 * <ul>
 *   <li><b>Status.</b> Nothing is written to {@code status}: no conditions, no URLs, no {@code
 *       appliedConfigs}, no {@code observedGeneration}.
 *   <li><b>Deletion.</b> Objects the service no longer renders (a scheduler after {@code
 *       router.scheduler} is removed, a prefill Deployment after {@code prefill} is removed) are
 *       not deleted; KServe deletes each one it no longer wants. Deleting a service is left to the
 *       garbage collector: every namespaced object carries the renderer's controller owner
 *       reference to the service (with its {@code uid}), so the children go with it. A service
 *       being deleted is skipped; KServe's finalizer and its clean-up are not run.
 *   <li><b>Ownership.</b> KServe creates an object, or updates it only when the service controls it
 *       and a dry run shows a semantic difference. A forced apply takes over the fields it sets on
 *       any object of that name, whoever created it, and its field manager is not KServe's: do not
 *       run this pass against services a KServe controller also reconciles.
 *   <li><b>Everything else of a controller:</b> watches, a work queue, retries with back-off,
 *       events, the CA bundle ConfigMap, the finalizer.
 * </ul>
 */
public final class ReconcileLoopExample {
  /** The field manager the objects are applied with. */
  public static final String FIELD_MANAGER = "llmisvc-java";

  /** The name suffix of the workload's self-signed certificate Secret. */
  private static final String TLS_SECRET_SUFFIX = "-kserve-self-signed-certs";

  private final KubernetesClient client;
  private final String fieldManager;
  private final Composer composer;
  private final RenderSettings renderSettings;

  /**
   * A pass with KServe's default controller settings and the field manager {@value #FIELD_MANAGER}.
   *
   * @param client the client; not closed by this class
   */
  public ReconcileLoopExample(KubernetesClient client) {
    this(client, ControllerSettings.defaults(), FIELD_MANAGER);
  }

  /**
   * A pass with the given controller settings and field manager.
   *
   * @param client the client; not closed by this class
   * @param settings the controller settings (system namespace, TLS, config prefix, ...)
   * @param fieldManager the field manager of every apply
   */
  public ReconcileLoopExample(
      KubernetesClient client, ControllerSettings settings, String fieldManager) {
    this.client = Objects.requireNonNull(client, "client");
    this.fieldManager = Objects.requireNonNull(fieldManager, "fieldManager");
    this.composer =
        Composer.builder().configs(new KubernetesConfigSource(client)).settings(settings).build();
    this.renderSettings =
        RenderSettings.builder()
            .controller(settings)
            .clusterFacts(new KubernetesClusterFacts(client))
            // KServe always creates the workload's certificate Secret; the presets mount it
            .generateTls(true)
            .build();
  }

  /**
   * Reconciles every service of one namespace.
   *
   * @param namespace the namespace
   * @return one outcome per service, in the order the API server lists them
   * @throws KubernetesClientException when the services cannot be listed
   */
  public List<Outcome> reconcileNamespace(String namespace) {
    return reconcile(
        client
            .resources(LLMInferenceServiceResource.class)
            .inNamespace(namespace)
            .list()
            .getItems());
  }

  /**
   * Reconciles every service of every namespace.
   *
   * @return one outcome per service, in the order the API server lists them
   * @throws KubernetesClientException when the services cannot be listed
   */
  public List<Outcome> reconcileAllNamespaces() {
    return reconcile(
        client.resources(LLMInferenceServiceResource.class).inAnyNamespace().list().getItems());
  }

  private List<Outcome> reconcile(List<LLMInferenceServiceResource> listed) {
    List<Outcome> outcomes = new ArrayList<>();
    for (LLMInferenceServiceResource resource : listed) {
      ObjectMeta meta = resource.getMetadata();
      String namespace = Objects.requireNonNullElse(meta.getNamespace(), "");
      String name = Objects.requireNonNullElse(meta.getName(), "");
      if (meta.getDeletionTimestamp() != null) {
        outcomes.add(new Outcome.Skipped(namespace, name, "being deleted"));
        continue;
      }
      LLMInferenceService service;
      try {
        service = resource.toValue();
      } catch (LlmisvcException e) {
        outcomes.add(failed(namespace, name, Outcome.Stage.READ, e, List.of()));
        continue;
      }
      outcomes.add(reconcile(service));
    }
    return List.copyOf(outcomes);
  }

  /**
   * Composes, renders and applies one service.
   *
   * @param service the service as read from the cluster (its {@code metadata.uid} is what the owner
   *     references point to)
   * @return what was applied, or the step that failed
   */
  public Outcome reconcile(LLMInferenceService service) {
    String namespace = service.namespace().orElse("");
    String name = service.name().orElse("");
    Composition<LLMInferenceService> composition;
    try {
      composition = composer.compose(service);
    } catch (LlmisvcException | IllegalArgumentException e) {
      return failed(namespace, name, Outcome.Stage.COMPOSE, e, List.of());
    }
    if (!composition.succeeded()) {
      return new Outcome.Failed(
          namespace,
          name,
          Outcome.Stage.COMPOSE,
          composition.condition().describe(),
          List.of(),
          Optional.empty());
    }
    Rendering rendering;
    try {
      rendering = Renderer.render(composition, renderSettings);
    } catch (LlmisvcException | KubernetesClientException e) {
      // the renderer's cluster lookups go through the client too
      return failed(namespace, name, Outcome.Stage.RENDER, e, List.of());
    }
    List<AppliedObject> applied = new ArrayList<>();
    List<AppliedObject> kept = new ArrayList<>();
    for (HasMetadata object : rendering.objects()) {
      try {
        if (isSelfSignedCertificate(object) && exists(object)) {
          // a fresh key on every pass would rotate the certificate each time; KServe keeps it
          kept.add(AppliedObject.of(object));
          continue;
        }
        client.resource(object).fieldManager(fieldManager).forceConflicts().serverSideApply();
      } catch (KubernetesClientException e) {
        return failed(namespace, name, Outcome.Stage.APPLY, e, applied);
      }
      applied.add(AppliedObject.of(object));
    }
    List<String> warnings = new ArrayList<>(rendering.warnings());
    rendering
        .required()
        .forEach(
            r ->
                warnings.add(
                    "needs "
                        + r.kind()
                        + " "
                        + r.namespace()
                        + "/"
                        + r.name()
                        + " in the cluster: "
                        + r.reason()));
    return new Outcome.Applied(namespace, name, applied, kept, warnings);
  }

  /** The workload's self-signed TLS Secret, whose content differs on every rendering. */
  private static boolean isSelfSignedCertificate(HasMetadata object) {
    return object instanceof Secret && object.getMetadata().getName().endsWith(TLS_SECRET_SUFFIX);
  }

  private boolean exists(HasMetadata object) {
    return client
            .secrets()
            .inNamespace(object.getMetadata().getNamespace())
            .withName(object.getMetadata().getName())
            .get()
        != null;
  }

  private static Outcome failed(
      String namespace,
      String name,
      Outcome.Stage stage,
      RuntimeException e,
      List<AppliedObject> applied) {
    return new Outcome.Failed(
        namespace,
        name,
        stage,
        Objects.requireNonNullElse(e.getMessage(), e.toString()),
        applied,
        Optional.of(e));
  }

  /**
   * One pass against the current kube context: {@code NAMESPACE}, or {@code --all-namespaces}. This
   * writes to the cluster.
   *
   * @param args the namespace, or {@code --all-namespaces}
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ReconcileLoopExample NAMESPACE | --all-namespaces");
      System.exit(2);
    }
    List<Outcome> outcomes;
    // tag::pass[]
    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      ReconcileLoopExample pass = new ReconcileLoopExample(client);
      outcomes =
          args[0].equals("--all-namespaces")
              ? pass.reconcileAllNamespaces()
              : pass.reconcileNamespace(args[0]);
    }
    outcomes.forEach(o -> System.out.println(o.describe()));
    // end::pass[]
    System.exit(outcomes.stream().anyMatch(o -> o instanceof Outcome.Failed) ? 1 : 0);
  }
}
