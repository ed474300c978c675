package io.hookwire.runtime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a body, as the hex text a {@link DeliveryKey} holds. */
final class BodyDigest {
  // Cloned rather than looked up per call: getInstance searches the security providers each time.
  private static final MessageDigest PROTOTYPE = sha256();

  private BodyDigest() {}

  static String of(byte[] body) {
    return HexFormat.of().formatHex(fresh().digest(body));
  }

  private static MessageDigest fresh() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return sha256();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
