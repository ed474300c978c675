package io.hookwire.test;

import java.util.Objects;

/** Argument checks shared by the signers, so that a mistake fails where the signer is made. */
final class Secrets {
  private Secrets() {}

  /** The value, if it is neither {@code null} nor empty nor blank; the message names {@code what}. */
  static String requireText(String what, String value) {
    Objects.requireNonNull(value, () -> what + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty or blank");
    }
    return value;
  }
}
