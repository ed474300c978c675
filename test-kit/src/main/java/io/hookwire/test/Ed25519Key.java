package io.hookwire.test;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Objects;

/**
 * An Ed25519 key pair that signs content given in parts, with the JDK's own implementation.
 * Immutable and thread-safe: a {@link Signature} is not, so each signature gets its own.
 */
final class Ed25519Key {
  private static final String ALGORITHM = "Ed25519";
  /** The length of a raw public key, which ends its X.509 encoding. */
  private static final int PUBLIC_KEY_BYTES = 32;

  private final KeyPair pair;

  Ed25519Key(KeyPair pair) {
    Objects.requireNonNull(pair, "key pair must not be null");
    if (!ALGORITHM.equals(pair.getPublic().getAlgorithm()) && !"EdDSA".equals(pair.getPublic().getAlgorithm())) {
      throw new IllegalArgumentException("not an Ed25519 key pair: " + pair.getPublic().getAlgorithm());
    }
    this.pair = pair;
  }

  /** A new key pair, drawn at random. */
  static Ed25519Key generate() {
    try {
      return new Ed25519Key(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** The 32 bytes of the public key, as providers publish it. */
  byte[] rawPublicKey() {
    byte[] encoded = pair.getPublic().getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - PUBLIC_KEY_BYTES, encoded.length);
  }

  byte[] sign(byte[]... parts) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(pair.getPrivate());
      for (byte[] part : parts) {
        signature.update(part);
      }
      return signature.sign();
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not a usable Ed25519 private key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }
}
