package io.hookwire.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test-side signing with plain {@code javax.crypto}, written apart from the verifiers' own code so
 * that a mistake there cannot be agreed with here.
 */
final class TestSigning {
  private TestSigning() {}

  /** Anything a test can hand a request to; each verifier's {@code verify} fits. */
  @FunctionalInterface
  interface Check {
    void verify(WebhookRequest request) throws RequestVerificationException;
  }

  static byte[] hmacSha256(byte[] key, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String hexHmac(String key, String content) {
    return HexFormat.of().formatHex(hmacSha256(utf8(key), utf8(content)));
  }

  static String base64Hmac(byte[] key, String content) {
    return Base64.getEncoder().encodeToString(hmacSha256(key, utf8(content)));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Clock at(long epochSeconds) {
    return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
  }

  /** The reason {@code check} gives for rejecting {@code request}; fails if it accepts it. */
  static String rejection(Check check, WebhookRequest request) {
    return assertThrows(RequestVerificationException.class, () -> check.verify(request)).getMessage();
  }
}
