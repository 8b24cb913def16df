package dev.llmisvc.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.render.context.RenderSettings;
import org.junit.jupiter.api.Test;

/** What {@link Rendering#required()} lists: what the cluster must provide (brief, §1.2). */
class RequiredObjectsTest {
  @Test
  void composedSingleNodeNeedsOnlyTheTlsSecretItsPodsMountAndTheIngressGateway() {
    Rendering r = Renderer.render(WorkloadCases.service("single-node"));
    // the managed route attaches to KServe's ingress Gateway, which the renderer never creates
    assertThat(r.required())
        .extracting(o -> o.kind() + "/" + o.namespace() + "/" + o.name())
        .containsExactly(
            "Secret/llm/qwen2-7b-instruct-kserve-self-signed-certs",
            "Gateway/kserve/kserve-ingress-gateway");
  }

  @Test
  void generatedTlsSecretIsNotRequiredAndComesFirst() {
    // only the ingress Gateway is left to the cluster
    Rendering r =
        Renderer.render(
            WorkloadCases.service("single-node"),
            RenderSettings.builder().generateTls(true).build());
    assertThat(r.required())
        .extracting(o -> o.kind() + "/" + o.namespace() + "/" + o.name())
        .containsExactly("Gateway/kserve/kserve-ingress-gateway");
    assertThat(r.objects().get(0).getKind()).isEqualTo("Secret");
    assertThat(r.objects().get(0).getMetadata().getName())
        .isEqualTo("qwen2-7b-instruct-kserve-self-signed-certs");
  }

  // Order: the named steps first (TLS, accounts, model PVC), then the pod references in the order
  // of the serialised Deployment (env, envFrom, imagePullSecrets, volumes).
  @Test
  void podReferencesAreListedWithTheirReason() {
    Rendering r =
        Renderer.render(
            EffectiveServices.effective(
                """
                apiVersion: serving.kserve.io/v1alpha2
                kind: LLMInferenceService
                metadata:
                  name: refs
                  namespace: ns
                spec:
                  model:
                    uri: pvc://weights/m
                  template:
                    serviceAccountName: runner
                    imagePullSecrets:
                      - name: regcred
                    containers:
                      - name: main
                        envFrom:
                          - configMapRef:
                              name: vllm-env
                          - secretRef:
                              name: optional-one
                              optional: true
                        env:
                          - name: TOKEN
                            valueFrom:
                              secretKeyRef:
                                name: hf-token
                                key: token
                    volumes:
                      - name: extra
                        configMap:
                          name: chat-templates
                """));
    assertThat(r.required())
        .extracting(o -> o.kind() + "/" + o.name())
        .containsExactly(
            "Secret/refs-kserve-self-signed-certs",
            "ServiceAccount/runner",
            "PersistentVolumeClaim/weights",
            "Secret/hf-token",
            "ConfigMap/vllm-env",
            "Secret/regcred",
            "ConfigMap/chat-templates");
    assertThat(r.required().get(6).reason())
        .isEqualTo("referenced by configMap in Deployment refs-kserve");
  }
}
