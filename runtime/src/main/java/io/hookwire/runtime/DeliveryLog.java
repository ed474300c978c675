package io.hookwire.runtime;

/**
 * Remembers which deliveries were handled, so that a sender's retry of a delivery already handled
 * is acknowledged without calling the handler again. Used for receivers that name where a
 * delivery's id is ({@code @Webhook(deliveryIdHeader)} or {@code deliveryIdPointer}).
 *
 * <p>A delivery is known by its {@link DeliveryKey}: the receiver, the id and a digest of the
 * body. The same id with another body is another delivery, so that whoever replays a captured
 * body under an id the sender will use later cannot make the genuine delivery look handled.
 *
 * <p>The default, {@link InMemoryDeliveryLog}, serves one process. Several instances of an
 * application behind a load balancer share one log by implementing this interface over a shared
 * store (a database table with a unique key, a cache with an atomic put-if-absent). An
 * implementation must be thread-safe, must make {@link #claim} atomic, must never forget a claim
 * in progress to make room, and should let a claim that is never settled expire, so that a
 * process that dies while handling a delivery does not block its retries forever.
 *
 * <p>A log that cannot do what is asked, as when its store is unreachable, throws: the delivery is
 * then answered {@code 503} with {@code Retry-After} and its sender retries it later. Nothing is
 * acknowledged that the log did not record as handled.
 */
public interface DeliveryLog {

  /** What {@link #claim} found. */
  enum Claim {
    /** The delivery is new, or failed before: the caller handles it, then settles the claim. */
    ACQUIRED,
    /**
     * As {@link #ACQUIRED}, and the log holds the same receiver and id with another body: a replay
     * under a reused id, or a sender that reuses ids. The caller handles it and warns.
     */
    ACQUIRED_OTHER_BODY,
    /** Another thread or process is handling the delivery now. */
    IN_PROGRESS,
    /** The delivery was handled successfully already. */
    ALREADY_HANDLED
  }

  /**
   * Claims the delivery for handling, atomically: of several concurrent claims of one key, at
   * most one is acquired.
   */
  Claim claim(DeliveryKey key);

  /** Settles an acquired claim: the delivery was handled successfully and must not run again. */
  void handled(DeliveryKey key);

  /** Settles an acquired claim: handling failed, so a retry of the delivery must run again. */
  void failed(DeliveryKey key);
}
