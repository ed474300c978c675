package io.hookwire.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key, over content given in parts, as every scheme signs a prefix (a
 * version, a timestamp, an id) followed by the raw body.
 *
 * <p>Immutable and thread-safe: a {@link Mac} is not, so each signature gets its own.
 */
final class Hmac {
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  Hmac(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /** A key of the secret's UTF-8 bytes, as Slack, GitHub and Stripe key theirs. */
  static Hmac utf8Key(String secret) {
    return new Hmac(utf8(secret));
  }

  byte[] sign(byte[]... parts) {
    Mac mac = newMac();
    for (byte[] part : parts) {
      mac.update(part);
    }
    return mac.doFinal();
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not a usable HMAC-SHA256 key", e);
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256, so this is a broken runtime, not a bad input.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
