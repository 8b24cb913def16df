package dev.llmisvc.api.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The names KServe derives for child objects, byte for byte as knative's {@code kmeta.ChildName}.
 *
 * <p>A name that fits in 63 bytes is {@code parent + suffix}. A longer one keeps the start of the
 * parent, then the lowercase hex MD5 of the parent, then the suffix, so two long parents never
 * collide and the result is always a valid label. For example {@code of("test-llm-preset",
 * "-inference-pool")} is {@code test-llm-preset-inference-pool}.
 *
 * <p>Lengths are counted in UTF-8 bytes, as Go does; a parent cut in the middle of a multi-byte
 * character keeps the partial bytes' character boundary of Go's byte slicing, which for the ASCII
 * names Kubernetes allows is the same thing.
 */
public final class ChildName {
  private static final int LONGEST = 63;
  private static final int HEAD = 31;

  private ChildName() {}

  /**
   * Returns the child name of {@code parent} with {@code suffix}.
   *
   * @param parent the owner's name, e.g. the LLMInferenceService's {@code metadata.name}
   * @param suffix the suffix KServe uses for that child, e.g. {@code -inference-pool}
   */
  public static String of(String parent, String suffix) {
    byte[] p = parent.getBytes(StandardCharsets.UTF_8);
    byte[] s = suffix.getBytes(StandardCharsets.UTF_8);
    if (p.length + s.length <= LONGEST) {
      return parent + suffix;
    }
    if (s.length < HEAD) {
      return ascii(p, HEAD - s.length) + md5Hex(p) + suffix;
    }
    byte[] both = (parent + suffix).getBytes(StandardCharsets.UTF_8);
    StringBuilder r = new StringBuilder(ascii(p, Math.min(p.length, HEAD))).append(md5Hex(both));
    if (r.length() < LONGEST) {
      r.append(ascii(s, Math.min(s.length, LONGEST - r.length())));
    }
    int end = r.length();
    while (end > 0 && !isAlphanumeric(r.charAt(end - 1))) {
      end--;
    }
    return r.substring(0, end);
  }

  private static String ascii(byte[] bytes, int length) {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String md5Hex(byte[] input) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(input));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime ships MD5", e);
    }
  }
}
