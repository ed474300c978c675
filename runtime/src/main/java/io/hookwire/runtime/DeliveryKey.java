package io.hookwire.runtime;

import java.util.Objects;

/**
 * What a {@link DeliveryLog} knows a delivery by.
 *
 * @param receiver the receiver's name, from {@code @Webhook(name)}; for the key of a body alone
 *     (see {@link #ofBody}), the name followed by {@value #BODY_SUFFIX}, which no receiver name
 *     can contain
 * @param deliveryId the id the sender gave the delivery, at most 256 characters; the body's digest
 *     in the key of a body alone
 * @param bodyDigest the SHA-256 of the body, as 64 lower-case hex digits
 */
public record DeliveryKey(String receiver, String deliveryId, String bodyDigest) {
  /** Marks the key of a body alone: {@code #} cannot occur in a receiver's name. */
  public static final String BODY_SUFFIX = "#body";

  /** Checks that no part is {@code null}. */
  public DeliveryKey {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(bodyDigest, "bodyDigest");
  }

  /**
   * The key of a body whatever its id: for receivers whose id the signature does not cover, so
   * that the same body under a new id is still recognised as handled.
   */
  static DeliveryKey ofBody(String receiver, String bodyDigest) {
    return new DeliveryKey(receiver + BODY_SUFFIX, bodyDigest, bodyDigest);
  }
}
