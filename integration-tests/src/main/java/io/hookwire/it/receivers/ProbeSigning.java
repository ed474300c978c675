package io.hookwire.it.receivers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret the probes verify GitHub signatures with, and the signing of bodies with it, so that
 * test deliveries pass their verification.
 */
public final class ProbeSigning {
  /** The probes' shared secret. */
  public static final String SECRET = "hardening-secret";
  /** The header GitHub signs in. */
  public static final String HEADER = "X-Hub-Signature-256";

  private ProbeSigning() {}

  /** The {@code X-Hub-Signature-256} value of {@code body}. */
  public static String signature(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
