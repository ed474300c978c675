package io.hookwire.example;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures computed here, as each provider documents them, independently of the example's own
 * sender: a test that signed with the code under test would prove nothing.
 */
final class ProviderSigning {
  private ProviderSigning() {}

  /** Slack: {@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}. */
  static String slack(String secret, String timestamp, String body) {
    return "v0=" + hmacHex(secret, "v0:" + timestamp + ":" + body);
  }

  /** GitHub: {@code sha256=} + hex HMAC-SHA256 of the body. */
  static String github(String secret, String body) {
    return "sha256=" + hmacHex(secret, body);
  }

  private static String hmacHex(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      StringBuilder hex = new StringBuilder();
      for (byte b : mac.doFinal(message.getBytes(StandardCharsets.UTF_8))) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
