package io.hookwire.endtoend;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs test deliveries the way each provider does, with nothing but {@code javax.crypto}. */
final class Signer {

  private Signer() {}

  static String hmacHex(String key, String content) {
    return HexFormat.of().formatHex(hmac(key.getBytes(StandardCharsets.UTF_8), content));
  }

  static String hmacBase64(byte[] key, String content) {
    return Base64.getEncoder().encodeToString(hmac(key, content));
  }

  private static byte[] hmac(byte[] key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
