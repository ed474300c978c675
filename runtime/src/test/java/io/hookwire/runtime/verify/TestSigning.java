package io.hookwire.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
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
    return hmac("HmacSHA256", key, content);
  }

  static byte[] hmac(String algorithm, byte[] key, byte[] content) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String sha256Hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static KeyPair ed25519KeyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** The raw 32 bytes of an Ed25519 public key: the end of its X.509 encoding. */
  static byte[] rawPublicKey(KeyPair pair) {
    byte[] encoded = pair.getPublic().getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
  }

  static byte[] ed25519(KeyPair pair, byte[] content) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(pair.getPrivate());
      signature.update(content);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
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
