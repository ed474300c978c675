package io.hookwire.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC (SHA-256 unless another algorithm is named) under one key, over content given in
 * parts, as every scheme signs a prefix (a version, a timestamp, an id, a URL) followed by the
 * raw body.
 *
 * <p>Immutable and thread-safe: a {@link Mac} is not, so each signature gets its own.
 */
final class Hmac {
  private static final String SHA256 = "HmacSHA256";

  private final SecretKeySpec key;

  Hmac(byte[] key) {
    this(SHA256, key);
  }

  /** A key for the JCA MAC {@code algorithm}, such as {@code HmacSHA1}. */
  Hmac(String algorithm, byte[] key) {
    this.key = new SecretKeySpec(key, algorithm);
  }

  /** An HMAC-SHA256 key of the secret's UTF-8 bytes, as most providers key theirs. */
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
      Mac mac = Mac.getInstance(key.getAlgorithm());
      mac.init(key);
      return mac;
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not a usable " + key.getAlgorithm() + " key", e);
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA1 and HmacSHA256: a broken runtime, not a bad input.
      throw new IllegalStateException(key.getAlgorithm() + " is not available", e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
