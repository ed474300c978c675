package io.hookwire.runtime;

import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.DeliveryRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a verified delivery's handler at most once per delivery id: a delivery handled already is
 * acknowledged, one being handled by another thread or process is answered {@code 409} so that
 * the sender retries it later, and one whose handling failed may run again. Deliveries without an
 * id are always handled.
 */
final class DeliveryDeduplicator {
  /** Longer ids are refused: every id is kept in the log, and real ones are short. */
  static final int MAX_ID_LENGTH = 256;

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryDeduplicator.class);

  private final DeliveryLog log;

  DeliveryDeduplicator(DeliveryLog log) {
    this.log = log;
  }

  /** The work of handling a delivery, which may throw whatever the handler throws. */
  interface Handling {
    WebhookResponse run() throws Exception;
  }

  /**
   * Runs {@code handling} unless the delivery's id says it ran already.
   *
   * @throws DeliveryRejectedException {@code 400} for an overlong id, {@code 409} while another
   *     copy of the delivery is being handled
   */
  WebhookResponse once(ReceiverRoute route, Delivery delivery, Handling handling) throws Exception {
    String id = route.receiver().deliveryId(delivery);
    if (id.isEmpty()) {
      return handling.run();
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new DeliveryRejectedException(400, "the delivery id is longer than " + MAX_ID_LENGTH + " characters");
    }
    return switch (log.claim(route.name(), id)) {
      case ALREADY_HANDLED -> repeated(route, id);
      // A rejection like any other, so the pipeline logs it once and answers it with Retry-After.
      case IN_PROGRESS -> throw new DeliveryRejectedException(409,
          "delivery " + id + " is being handled now; the sender will retry it");
      case ACQUIRED -> settle(route, id, handling);
    };
  }

  private WebhookResponse settle(ReceiverRoute route, String id, Handling handling) throws Exception {
    boolean succeeded = false;
    try {
      WebhookResponse answer = handling.run();
      succeeded = answer == null || answer.status() < 400;
      return answer;
    } finally {
      if (succeeded) {
        log.handled(route.name(), id);
      } else {
        log.failed(route.name(), id);
      }
    }
  }

  private static WebhookResponse repeated(ReceiverRoute route, String id) {
    LOG.info("{}: 200 delivery {} was handled already; acknowledged again", route.name(), LogText.escape(id));
    return WebhookResponse.ok();
  }
}
