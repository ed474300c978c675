package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * The Ed25519 public keys a verifier accepts, the current one first, with the JDK's own
 * implementation ({@code KeyFactory.getInstance("Ed25519")}, Java 15 and later).
 *
 * <p>Nothing secret takes part in verifying a signature with a public key, so there is no timing
 * to protect; a {@link Signature} is not thread-safe, so each thread keeps its own for each key,
 * initialised once.
 */
final class Ed25519Keys implements SignatureCheck {
  /** The length of a raw public key. */
  static final int KEY_BYTES = 32;
  /** The length of a signature. */
  static final int SIGNATURE_BYTES = 64;
  private static final String ALGORITHM = "Ed25519";
  // The DER of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410) up to the raw key: a sequence
  // holding the algorithm identifier 1.3.101.112 and a bit string of 32 bytes.
  private static final byte[] SPKI_PREFIX = {
      0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

  private final PublicKey[] keys;
  private final ThreadLocal<Signature[]> perThread = ThreadLocal.withInitial(this::newVerifiers);

  private Ed25519Keys(PublicKey[] keys) {
    this.keys = keys;
  }

  /**
   * Keys from their raw 32 bytes each.
   *
   * @throws IllegalArgumentException if one is not 32 bytes or not a point of the curve; the
   *     message names {@code what} and the position, never the key
   */
  static Ed25519Keys of(String what, List<byte[]> rawKeys) {
    PublicKey[] keys = new PublicKey[rawKeys.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = publicKey(i == 0 ? what : "previous " + what + " #" + i, rawKeys.get(i));
    }
    return new Ed25519Keys(keys);
  }

  private static PublicKey publicKey(String what, byte[] raw) {
    if (raw.length != KEY_BYTES) {
      throw new IllegalArgumentException(what + " must be " + KEY_BYTES + " bytes, not " + raw.length);
    }
    byte[] encoded = new byte[SPKI_PREFIX.length + KEY_BYTES];
    System.arraycopy(SPKI_PREFIX, 0, encoded, 0, SPKI_PREFIX.length);
    System.arraycopy(raw, 0, encoded, SPKI_PREFIX.length, KEY_BYTES);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException(what + " is not an Ed25519 public key");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  @Override
  public void requireMatch(String header, byte[][] received, SignedPrefix prefix, byte[] body)
      throws RequestVerificationException {
    if (!anyMatches(received, prefix, body)) {
      throw Rejections.reject(Rejections.noValidSignature(header));
    }
  }

  @Override
  public boolean anyMatches(byte[][] received, SignedPrefix prefix, byte[] body) {
    Signature[] verifiers = perThread.get();
    for (int i = 0; i < keys.length; i++) {
      for (byte[] signature : received) {
        if (verifies(verifiers[i], keys[i], signature, prefix, body)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Checks one signature with a verifier already initialised for {@code key}. A verification that
   * completes leaves the verifier initialised for the same key and empty, ready for the next one.
   * One that fails half-way may leave the content it was given, which would spoil the next check,
   * so the verifier is then initialised again: only a failure pays for that.
   */
  private static boolean verifies(Signature verifier, PublicKey key, byte[] signature, SignedPrefix prefix,
      byte[] body) {
    boolean completed = false;
    try {
      verifier.update(prefix.bytes(), 0, prefix.length());
      verifier.update(body);
      boolean valid = verifier.verify(signature);
      completed = true;
      return valid;
    } catch (SignatureException e) {
      // A signature the JDK cannot even decode (not a point, a scalar out of range): no match.
      return false;
    } finally {
      if (!completed) {
        initialise(verifier, key);
      }
    }
  }

  /** This thread's verifiers, one per key, in the order of the keys. */
  private Signature[] newVerifiers() {
    Signature[] verifiers = new Signature[keys.length];
    for (int i = 0; i < keys.length; i++) {
      verifiers[i] = newSignature();
      initialise(verifiers[i], keys[i]);
    }
    return verifiers;
  }

  // Initialising decodes the key's point and prepares the curve's arithmetic: the costly part of a
  // verification after the check itself, done once per thread and key rather than per delivery.
  private static void initialise(Signature verifier, PublicKey key) {
    try {
      verifier.initVerify(key);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("an Ed25519 key that KeyFactory made was refused", e);
    }
  }

  private static Signature newSignature() {
    try {
      return Signature.getInstance(ALGORITHM);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  @Override
  public String toString() {
    return keys.length == 1 ? "1 public key" : keys.length + " public keys";
  }
}
