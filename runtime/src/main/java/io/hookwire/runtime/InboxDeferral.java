package io.hookwire.runtime;

import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.DeliveryRejectedException;
import io.hookwire.runtime.spi.InboxUnavailableException;
import io.hookwire.runtime.spi.StoredDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request side of an {@link Inbox}: decides whether a verified delivery is stored rather than
 * handled at once, and stores it. Without an inbox nothing is stored.
 *
 * <p>A stored delivery is not claimed in the {@link DeliveryLog}: storing is not handling, and a
 * claim settled as handled here would make the consumer skip it. Each copy a sender delivers is
 * stored, and the consumer's claim handles one of them.
 */
final class InboxDeferral {
  private static final Logger LOG = LoggerFactory.getLogger(InboxDeferral.class);

  private final Inbox inbox;

  /** Stores in {@code inbox}; {@code null} for none. */
  InboxDeferral(Inbox inbox) {
    this.inbox = inbox;
  }

  /**
   * Whether the delivery goes to the inbox: there is one, and the handler for its event type
   * returns nothing. Binds that handler's parameters, so a delivery it cannot take is rejected now.
   *
   * @throws DeliveryRejectedException for input the handler cannot take ({@code 400}, {@code 415})
   */
  boolean defers(ReceiverRoute route, Delivery delivery) throws Exception {
    return inbox != null && route.receiver().deferrable(delivery);
  }

  /** Stores the delivery: {@code 200} once stored, {@code 503} when the inbox could not store it in time. */
  WebhookResponse store(ReceiverRoute route, Delivery delivery) {
    String id = route.receiver().deliveryId(delivery);
    if (id.length() > DeliveryDeduplicator.MAX_ID_LENGTH) {
      throw new DeliveryRejectedException(400,
          "the delivery id is longer than " + DeliveryDeduplicator.MAX_ID_LENGTH + " characters");
    }
    try {
      inbox.store(StoredDelivery.of(route.name(), id, delivery.request()));
    } catch (InboxUnavailableException e) {
      LOG.warn("{}: 503 the delivery could not be stored; the sender will retry: {}", route.name(),
          LogText.escape(Failures.describe(e.getCause() == null ? e : e.getCause())));
      return Answers.INBOX_UNAVAILABLE;
    }
    LOG.debug("{}: delivery {} stored in the inbox", route.name(), LogText.escape(id));
    return WebhookResponse.ok();
  }
}
