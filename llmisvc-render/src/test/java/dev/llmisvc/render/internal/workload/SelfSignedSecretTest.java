package dev.llmisvc.render.internal.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmisvc.api.v1alpha2.LLMInferenceService;
import dev.llmisvc.api.yaml.LlmisvcMapper;
import dev.llmisvc.render.context.ClusterFacts;
import dev.llmisvc.render.context.RenderSettings;
import io.fabric8.kubernetes.api.model.Secret;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated certificate, read back with the JDK's own X.509 parser (rendering.md §4.1). */
class SelfSignedSecretTest {
  // 12 x 365 days and 8 x 365 days from here, leap days 2028, 2032, 2036 included.
  private static final Instant NOW = Instant.parse("2026-08-21T10:00:00Z");
  private static Secret secret;

  @BeforeAll
  static void generate() {
    LLMInferenceService svc =
        LlmisvcMapper.read(
            """
            apiVersion: serving.kserve.io/v1alpha2
            kind: LLMInferenceService
            metadata:
              name: llama
              namespace: demo
            spec:
              model:
                uri: hf://m/m
              router:
                scheduler:
                  pool:
                    spec:
                      targetPorts:
                        - number: 8000
                      endpointPickerRef:
                        name: llama-epp-service
                        port:
                          number: 9002
                  tokenizer: {}
            """,
            LLMInferenceService.class);
    ClusterFacts facts =
        new ClusterFacts() {
          @Override
          public List<String> workloadAddresses(String namespace, String serviceName) {
            return List.of("10.0.0.7");
          }
        };
    secret =
        SelfSignedSecret.create(
            new RenderContext(svc, RenderSettings.builder().clusterFacts(facts).build()), NOW);
  }

  private static String data(String key) {
    return new String(
        Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.US_ASCII);
  }

  private static X509Certificate cert() throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new ByteArrayInputStream(data("tls.crt").getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void secretCarriesKserveNameLabelsTypeAndExpirationAnnotation() {
    assertThat(secret.getMetadata().getName()).isEqualTo("llama-kserve-self-signed-certs");
    assertThat(secret.getType()).isEqualTo("kubernetes.io/tls");
    assertThat(secret.getMetadata().getLabels())
        .containsEntry("app.kubernetes.io/component", "llminferenceservice-workload");
    assertThat(secret.getMetadata().getAnnotations())
        .containsEntry("certificates.kserve.io/expiration", "2034-08-19T10:00:00Z");
    assertThat(data("ca.crt")).isEqualTo(data("tls.crt"));
    assertThat(data("tls.key")).startsWith("-----BEGIN PRIVATE KEY-----\n");
  }

  @Test
  void certificateHasKserveFieldsAndSortedSans() throws Exception {
    X509Certificate c = cert();
    c.checkValidity(Date.from(NOW));
    c.verify(c.getPublicKey());
    assertThat(c.getSubjectX500Principal().getName()).isEqualTo("O=Kserve Self Signed");
    assertThat(c.getIssuerX500Principal()).isEqualTo(c.getSubjectX500Principal());
    assertThat(c.getNotBefore().toInstant()).isEqualTo(NOW);
    assertThat(c.getNotAfter().toInstant()).isEqualTo(Instant.parse("2038-08-18T10:00:00Z"));
    assertThat(c.getSigAlgName()).isEqualTo("SHA256withRSA");
    assertThat(((RSAPublicKey) c.getPublicKey()).getModulus().bitLength()).isEqualTo(4096);
    assertThat(c.getKeyUsage()).startsWith(true, false, true, false);
    assertThat(c.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(c.getBasicConstraints()).isEqualTo(-1);
    assertThat(c.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.15", "2.5.29.19");
    assertThat(c.getSubjectAlternativeNames())
        .extracting(l -> l.get(1).toString())
        .containsExactly(
            "llama-epp-service.demo.svc",
            "llama-epp-service.demo.svc.cluster.local",
            "llama-kserve-workload-svc.demo.svc",
            "llama-kserve-workload-svc.demo.svc.cluster.local",
            "llama-tokenizer.demo.svc",
            "llama-tokenizer.demo.svc.cluster.local",
            "localhost",
            "127.0.0.1",
            "10.0.0.7");
  }

  @Test
  void keyIsPkcs8OfTheCertifiedPublicKey() throws Exception {
    String pem = data("tls.key").replaceAll("-----[A-Z ]+-----|\\s", "");
    RSAPrivateCrtKey key =
        (RSAPrivateCrtKey)
            KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    assertThat(key.getModulus()).isEqualTo(((RSAPublicKey) cert().getPublicKey()).getModulus());
  }
}
