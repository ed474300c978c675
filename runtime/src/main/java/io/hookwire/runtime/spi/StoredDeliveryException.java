package io.hookwire.runtime.spi;

/**
 * A stored delivery that no retry can handle: no receiver has its name, or its body does not bind
 * to the handler's parameters any more (the receiver changed since it was stored). An inbox sets
 * it aside at once, in its dead-letter store. For inbox implementations.
 */
public final class StoredDeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A delivery that cannot be handled, for {@code reason}. */
  public StoredDeliveryException(String reason) {
    super(reason);
  }

  /** A delivery that cannot be handled, for {@code reason}, because of {@code cause}. */
  public StoredDeliveryException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
