package io.hookwire.runtime.verify;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC key (SHA-256 unless another algorithm is named), prepared once and usable from many
 * threads.
 *
 * <p>A {@link Mac} is not thread-safe, and creating and initialising one per request costs a
 * provider look-up and a key schedule. So the key is initialised once into a prototype, and each
 * thread gets its own clone of it the first time it signs: after that, checking a signature
 * allocates only the MAC's result, which {@link Mac} allocates even when asked to write it into
 * an array of ours.
 */
final class HmacKey {
  /** The length of an HMAC-SHA256, in bytes. */
  static final int MAC_BYTES = 32;

  private static final String SHA256 = "HmacSHA256";

  private final String algorithm;
  private final SecretKeySpec key;
  private final Mac prototype;
  private final ThreadLocal<Mac> perThread = ThreadLocal.withInitial(this::copyOfPrototype);

  HmacKey(byte[] key) {
    this(SHA256, key);
  }

  /** A key for the JCA MAC {@code algorithm}, such as {@code HmacSHA1} or {@code HmacSHA512}. */
  HmacKey(String algorithm, byte[] key) {
    this.algorithm = algorithm;
    this.key = new SecretKeySpec(key, algorithm);
    this.prototype = newMac(this.key);
  }

  /** The MAC of {@code content}, in a new array. */
  byte[] sign(byte[] content) {
    return freshMac(perThread.get()).doFinal(content);
  }

  /**
   * Whether the MAC of {@code prefix} followed by {@code body} equals one of the received
   * signatures, each compared in constant time. The two parts go to the MAC one after the other,
   * never concatenated.
   */
  boolean matchesAny(byte[][] received, SignedPrefix prefix, byte[] body) {
    byte[] expected = mac(prefix, body);
    for (byte[] signature : received) {
      if (MessageDigest.isEqual(expected, signature)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #matchesAny} of one signature, without an array to hold it. */
  boolean matches(byte[] received, SignedPrefix prefix, byte[] body) {
    return MessageDigest.isEqual(mac(prefix, body), received);
  }

  private byte[] mac(SignedPrefix prefix, byte[] body) {
    Mac mac = freshMac(perThread.get());
    mac.update(prefix.bytes(), 0, prefix.length());
    return mac.doFinal(body);
  }

  /** This thread's MAC, empty. */
  private static Mac freshMac(Mac mac) {
    // A previous call that failed half-way would otherwise leave its bytes in the MAC.
    mac.reset();
    return mac;
  }

  private Mac copyOfPrototype() {
    // Cloning skips the provider look-up and key schedule; not every provider supports it.
    synchronized (prototype) {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        return newMac(key);
      }
    }
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(key.getAlgorithm());
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA1, HmacSHA256 and HmacSHA512: a broken runtime.
      throw new IllegalStateException(key.getAlgorithm() + " is not available", e);
    }
  }

  @Override
  public String toString() {
    return "HmacKey[" + algorithm + "]";
  }
}
