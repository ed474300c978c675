package io.hookwire.benchmarks.verify;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptographic part of a verifier's work, done by hand with the JDK and nothing else: the
 * baseline of {@link VerifierBenchmark}. Made once per thread (a {@link Mac} or {@link Signature}
 * keyed once, as a hand-written check would keep it); {@link #matches()} then does exactly the
 * cryptography of one check over the same bytes.
 */
@FunctionalInterface
interface Baseline {
  /** Whether the prepared signature matches; {@code true} for a genuine case. */
  boolean matches() throws GeneralSecurityException;

  /** A keyed Mac over the concatenated parts, compared with {@code expected} in constant time. */
  static Baseline mac(String algorithm, byte[] key, byte[][] parts, byte[] expected)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key, algorithm));
    return () -> {
      for (byte[] part : parts) {
        mac.update(part);
      }
      return MessageDigest.isEqual(mac.doFinal(), expected);
    };
  }

  /** Both checks, as a verifier that checks two things does them. */
  default Baseline and(Baseline other) {
    return () -> matches() && other.matches();
  }

  /** A digest of {@code content} compared with {@code expected} in constant time. */
  static Baseline digest(String algorithm, byte[] content, byte[] expected) throws GeneralSecurityException {
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    return () -> MessageDigest.isEqual(digest.digest(content), expected);
  }

  /** An Ed25519 verification of the concatenated parts, the public key set once. */
  static Baseline ed25519(PublicKey key, byte[][] parts, byte[] signature) throws GeneralSecurityException {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    return () -> {
      for (byte[] part : parts) {
        verifier.update(part);
      }
      return verifier.verify(signature);
    };
  }
}
