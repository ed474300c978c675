package io.hookwire.runtime.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks the secrets a verifier is built with. A missing or empty secret is a configuration
 * mistake (an unset environment variable, typically) that would otherwise surface as every
 * delivery being rejected, or worse, as a key anyone can guess; so it fails at start-up.
 * Messages name the argument, never the value.
 */
final class Secrets {
  private Secrets() {}

  /** The current secret followed by the previous ones, each checked. */
  static List<String> all(String what, String current, String... previous) {
    Objects.requireNonNull(previous, "previous " + what + "s must not be null");
    List<String> secrets = new ArrayList<>(1 + previous.length);
    secrets.add(require(what, current));
    for (int i = 0; i < previous.length; i++) {
      secrets.add(require("previous " + what + " #" + (i + 1), previous[i]));
    }
    return List.copyOf(secrets);
  }

  static String require(String what, String secret) {
    Objects.requireNonNull(secret, what + " must not be null");
    if (secret.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty or blank");
    }
    return secret;
  }

  /** How many secrets a verifier holds, for its {@code toString}: the count, never the values. */
  static String count(int secrets) {
    return secrets == 1 ? "1 secret" : secrets + " secrets";
  }
}
