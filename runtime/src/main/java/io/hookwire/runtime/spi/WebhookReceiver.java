package io.hookwire.runtime.spi;

import io.hookwire.runtime.WebhookResponse;

/**
 * A receiver as the runtime drives it. The Hookwire processor implements this interface for
 * every {@code @Webhook} class, as {@code <ClassName>_WebhookReceiver}, calling the class's
 * methods directly; applications do not implement it.
 *
 * <p>The runtime calls {@link #verify} first, and {@link #dispatch} only when it returned
 * {@code true}. Both may throw: a failure in {@code verify} rejects the delivery ({@code 403}, or
 * {@code 401} with {@code @Webhook(rejectStatus = 401)}); a failure in {@code dispatch} is a
 * handler error ({@code 500}), except for the rejections
 * {@link Delivery} raises for input it cannot bind ({@code 400}, {@code 415}).
 */
public interface WebhookReceiver {

  /** Runs the {@code @Verify} method: whether the delivery is genuine. */
  boolean verify(Delivery delivery) throws Exception;

  /** Parses a verified delivery, runs the handler for its event type and returns the answer. */
  WebhookResponse dispatch(Delivery delivery) throws Exception;

  /**
   * Whether the handler for the verified delivery's event type returns nothing ({@code void}), so
   * that the delivery may be stored in an {@link io.hookwire.runtime.Inbox} and dispatched later.
   * Binds the handler's parameters first, without running it, so that input the handler cannot
   * take is rejected now ({@link DeliveryRejectedException}, {@code 400} or {@code 415}) rather
   * than stored. {@code false} for a handler that returns a value, and for an event type with no
   * handler, which is acknowledged without storing.
   */
  default boolean deferrable(Delivery delivery) throws Exception {
    return false;
  }

  /**
   * The verified delivery's unique id, from {@code @Webhook(deliveryIdHeader)} or
   * {@code deliveryIdPointer}; an empty string when the receiver names no id or the delivery
   * carries none, which turns off the check for repeated deliveries.
   */
  default String deliveryId(Delivery delivery) {
    return "";
  }

  /** Whether the receiver has a {@code @Handshake} method, which answers {@code GET}. */
  default boolean hasHandshake() {
    return false;
  }

  /**
   * Runs the {@code @Handshake} method for a {@code GET}, without verification: the method checks
   * the provider's token itself. Called only when {@link #hasHandshake()}; its {@code delivery}
   * has no body to parse.
   */
  default WebhookResponse handshake(Delivery delivery) throws Exception {
    throw new UnsupportedOperationException("this receiver has no @Handshake method");
  }

  /**
   * Whether the webhook is registered with its messaging app: the {@code @IsConnected} method;
   * {@code true} for a receiver that has neither {@code @IsConnected} nor {@code @Connect}, and
   * {@code false} for one that has only {@code @Connect}, which then connects at every start.
   */
  default boolean isConnected() throws Exception {
    return true;
  }

  /** Whether the receiver has a {@code @Connect} method. */
  default boolean canConnect() {
    return false;
  }

  /** Runs the {@code @Connect} method. */
  default void connect() throws Exception {}
}
