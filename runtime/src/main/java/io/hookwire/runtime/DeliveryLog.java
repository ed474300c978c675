package io.hookwire.runtime;

/**
 * Remembers which deliveries were handled, so that a sender's retry of a delivery already handled
 * is acknowledged without calling the handler again. Used for receivers that name where a
 * delivery's id is ({@code @Webhook(deliveryIdHeader)} or {@code deliveryIdPointer}).
 *
 * <p>The default, {@link InMemoryDeliveryLog}, serves one process. Several instances of an
 * application behind a load balancer share one log by implementing this interface over a shared
 * store (a database table with a unique key, a cache with an atomic put-if-absent). An
 * implementation must be thread-safe, must make {@link #claim} atomic, and should let a claim
 * that is never settled expire, so that a process that dies while handling a delivery does not
 * block its retries forever.
 */
public interface DeliveryLog {

  /** What {@link #claim} found. */
  enum Claim {
    /** The delivery is new, or failed before: the caller handles it, then settles the claim. */
    ACQUIRED,
    /** Another thread or process is handling the delivery now. */
    IN_PROGRESS,
    /** The delivery was handled successfully already. */
    ALREADY_HANDLED
  }

  /**
   * Claims the delivery for handling, atomically: of several concurrent claims of one delivery,
   * at most one is {@link Claim#ACQUIRED}.
   */
  Claim claim(String receiver, String deliveryId);

  /** Settles an acquired claim: the delivery was handled successfully and must not run again. */
  void handled(String receiver, String deliveryId);

  /** Settles an acquired claim: handling failed, so a retry of the delivery must run again. */
  void failed(String receiver, String deliveryId);
}
