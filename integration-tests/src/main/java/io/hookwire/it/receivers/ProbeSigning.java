package io.hookwire.it.receivers;

import io.hookwire.test.Signers;

/**
 * The secret the probes verify GitHub signatures with, and the signing of bodies with it, so that
 * test deliveries pass their verification.
 */
public final class ProbeSigning {
  /** The probes' shared secret. */
  public static final String SECRET = "hardening-secret";
  /** The header GitHub signs in. */
  public static final String HEADER = "X-Hub-Signature-256";

  private ProbeSigning() {}

  /** The {@code X-Hub-Signature-256} value of {@code body}. */
  public static String signature(byte[] body) {
    return Signers.github(SECRET).headers(body).get(HEADER);
  }
}
