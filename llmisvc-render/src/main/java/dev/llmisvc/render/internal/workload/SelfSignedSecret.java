package dev.llmisvc.render.internal.workload;

import dev.llmisvc.api.naming.ChildName;
import dev.llmisvc.api.v1alpha2.InferencePoolSpec;
import dev.llmisvc.api.v1alpha2.SchedulerSpec;
import dev.llmisvc.render.internal.Children;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The self-signed TLS Secret as KServe makes it (rendering.md §4.1), with the JDK's own crypto and
 * a hand-written DER encoder ({@link Der}): RSA 4096, PKCS#8 key, SHA-256 with RSA, subject {@code
 * O=Kserve Self Signed} (also the issuer), valid from now for 12 × 365 days, key usage digital
 * signature + key encipherment (critical), extended key usage server auth, basic constraints not a
 * CA (critical), DNS SANs sorted and IP SANs {@code 127.0.0.1} plus the workload addresses the
 * cluster reports. The expiration annotation is now + 8 × 365 days, RFC 3339.
 *
 * <p>The certificate is not reproducible (random key and serial, the clock): that is why it is
 * generated only on request. The EPP name of a referenced pool is not looked up (KServe reads the
 * live InferencePool); the service's own {@code pool.spec} is used when present.
 */
final class SelfSignedSecret {
  private static final Duration VALIDITY = Duration.ofDays(365 * 12);
  private static final Duration RENEW_AT = Duration.ofDays(365 * 8);

  private SelfSignedSecret() {}

  static Secret create(RenderContext ctx) {
    return create(ctx, Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  static Secret create(RenderContext ctx, Instant now) {
    List<String> dns = dnsNames(ctx);
    List<String> ips = new ArrayList<>();
    ips.add("127.0.0.1");
    ips.addAll(ctx.facts().workloadAddresses(ctx.namespace(), ctx.name()));
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
      gen.initialize(4096, new SecureRandom());
      KeyPair keys = gen.generateKeyPair();
      byte[] cert = certificate(keys, dns, ips, now);
      String certPem = pem("CERTIFICATE", cert);
      String keyPem = pem("PRIVATE KEY", keys.getPrivate().getEncoded());
      Map<String, String> data = new LinkedHashMap<>();
      data.put("ca.crt", base64(certPem));
      data.put("tls.crt", base64(certPem));
      data.put("tls.key", base64(keyPem));
      return new SecretBuilder()
          .withMetadata(
              Children.meta(
                      ctx.svc(),
                      SelfSignedCertificate.SUFFIX,
                      Children.labels(ctx.svc(), Variant.MAIN.component()))
                  .withAnnotations(
                      Map.of(
                          ctx.controller().certificateExpirationAnnotation(),
                          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                              now.plus(RENEW_AT).atZone(ZoneOffset.UTC))))
                  .build())
          .withType("kubernetes.io/tls")
          .withData(data)
          .build();
    } catch (GeneralSecurityException e) {
      throw ctx.fail("settings.generateTls", "cannot create the certificate: " + e.getMessage());
    }
  }

  /** The DNS SANs, sorted (rendering.md §4.1). */
  static List<String> dnsNames(RenderContext ctx) {
    TreeSet<String> names = new TreeSet<>();
    String ns = ctx.namespace();
    String domain = ctx.controller().clusterDomain();
    names.add("localhost");
    String svc = ChildName.of(ctx.name(), "-kserve-workload-svc");
    names.add(svc + "." + ns + ".svc." + domain);
    names.add(svc + "." + ns + ".svc");
    Optional<SchedulerSpec> scheduler = ctx.spec().router().flatMap(r -> r.scheduler());
    Optional<InferencePoolSpec> pool = scheduler.flatMap(SchedulerSpec::pool);
    if (pool.isPresent()) {
      if (pool.get().ref().isPresent()) {
        ctx.warn(
            "the certificate does not name the EPP service of the referenced InferencePool "
                + pool.get().ref().get().get().getName()
                + " (KServe reads it from the cluster)");
      }
      Optional<String> epp =
          pool.get()
              .spec()
              .flatMap(s -> s.endpointPickerRef())
              .flatMap(e -> e.name())
              .filter(n -> !n.isEmpty());
      if (pool.get().spec().isPresent()) {
        String name = epp.orElse("");
        names.add(name + "." + ns + ".svc." + domain);
        names.add(name + "." + ns + ".svc");
      }
    }
    if (tokenizerEnabled(scheduler)) {
      String tok = ChildName.of(ctx.name(), "-tokenizer");
      names.add(tok + "." + ns + ".svc." + domain);
      names.add(tok + "." + ns + ".svc");
    }
    return List.copyOf(names);
  }

  /**
   * Whether the tokenizer is on (rendering.md §4.12), judged from the spec: {@code
   * scheduler.tokenizer} set, or the inline config naming a tokenizer-needing plugin. The {@code
   * --config-text} argument of the scheduler template is not inspected.
   */
  private static boolean tokenizerEnabled(Optional<SchedulerSpec> scheduler) {
    if (scheduler.isEmpty() || scheduler.get().pool().flatMap(InferencePoolSpec::ref).isPresent()) {
      return false;
    }
    if (scheduler.get().tokenizer().isPresent()) {
      return true;
    }
    String inline =
        scheduler.get().config().flatMap(c -> c.inline()).map(e -> e.get().toString()).orElse("");
    return inline.contains("token-producer") || inline.contains("precise-prefix-cache-scorer");
  }

  private static byte[] certificate(KeyPair keys, List<String> dns, List<String> ips, Instant now)
      throws GeneralSecurityException {
    byte[] sha256WithRsa = Der.sequence(Der.oid("1.2.840.113549.1.1.11"), Der.nullValue());
    byte[] name =
        Der.sequence(
            Der.set(Der.sequence(Der.oid("2.5.4.10"), Der.utf8String("Kserve Self Signed"))));
    BigInteger serial = new BigInteger(128, new SecureRandom());
    ZonedDateTime from = now.atZone(ZoneOffset.UTC);
    byte[] validity = Der.sequence(Der.time(from), Der.time(from.plus(VALIDITY)));
    // digitalSignature (bit 0) and keyEncipherment (bit 2): 1010 0000, 5 unused bits.
    byte[] keyUsage = extension("2.5.29.15", true, Der.bitString(new byte[] {(byte) 0xa0}, 5));
    byte[] extKeyUsage = extension("2.5.29.37", false, Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1")));
    byte[] basicConstraints = extension("2.5.29.19", true, Der.sequence());
    ByteArrayOutputStream altNames = new ByteArrayOutputStream();
    for (String d : dns) {
      altNames.writeBytes(Der.tlv(0x82, d.getBytes(StandardCharsets.US_ASCII)));
    }
    for (String ip : ips) {
      try {
        if (ip.matches("[0-9a-fA-F:.]+")) {
          altNames.writeBytes(Der.tlv(0x87, InetAddress.getByName(ip).getAddress()));
        }
      } catch (UnknownHostException e) {
        // not an address: KServe skips what net.ParseIP rejects
      }
    }
    byte[] san = extension("2.5.29.17", false, Der.sequence(altNames.toByteArray()));
    byte[] tbs =
        Der.sequence(
            Der.context(0, true, Der.integer(BigInteger.TWO)),
            Der.integer(serial),
            sha256WithRsa,
            name,
            validity,
            name,
            keys.getPublic().getEncoded(),
            Der.context(3, true, Der.sequence(keyUsage, extKeyUsage, basicConstraints, san)));
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(keys.getPrivate());
    signer.update(tbs);
    return Der.sequence(tbs, sha256WithRsa, Der.bitString(signer.sign(), 0));
  }

  private static byte[] extension(String oid, boolean critical, byte[] value) {
    return critical
        ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
        : Der.sequence(Der.oid(oid), Der.octetString(value));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }
}
