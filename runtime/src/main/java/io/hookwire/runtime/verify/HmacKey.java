package io.hookwire.runtime.verify;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC-SHA256 key, prepared once and usable from many threads.
 *
 * <p>A {@link Mac} is not thread-safe, and creating and initialising one per request costs a
 * provider look-up and a key schedule. So the key is initialised once into a prototype, and each
 * thread gets its own clone of it the first time it signs; after that signing allocates only the
 * 32-byte result.
 */
final class HmacKey {
  /** The length of an HMAC-SHA256, in bytes. */
  static final int MAC_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;
  private final ThreadLocal<Mac> perThread = ThreadLocal.withInitial(this::copyOfPrototype);

  HmacKey(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.prototype = newMac(this.key);
  }

  // Two fixed arities rather than varargs, which would allocate an array on every call.

  /** The MAC of {@code content}. */
  byte[] sign(byte[] content) {
    return freshMac().doFinal(content);
  }

  /** The MAC of {@code prefix} followed by {@code body}, computed without concatenating them. */
  byte[] sign(byte[] prefix, byte[] body) {
    Mac mac = freshMac();
    mac.update(prefix);
    return mac.doFinal(body);
  }

  /** This thread's MAC, empty. */
  private Mac freshMac() {
    Mac mac = perThread.get();
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
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256, so this is a broken runtime, not bad input.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  @Override
  public String toString() {
    return "HmacKey[" + ALGORITHM + "]";
  }
}
