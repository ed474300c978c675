package io.hookwire.runtime;

import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.DeliveryRejectedException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a verified delivery's handler at most once per delivery: a delivery handled already is
 * acknowledged, one being handled by another thread or process is answered {@code 409} so that
 * the sender retries it later, and one whose handling failed may run again. Deliveries without an
 * id are always handled.
 *
 * <p>A delivery is its id and its body together: the same id with another body is handled as
 * another delivery, with a warning, so that a captured body replayed under an id the sender will
 * use later cannot make the genuine delivery look handled. Where the signature does not cover the
 * id (GitHub's {@code X-GitHub-Delivery}), the body alone is also remembered, so that a captured
 * body replayed under a new id is not handled again.
 *
 * <p>Only what the log recorded is acknowledged: a log that cannot claim a delivery, or cannot
 * record it as handled, fails it with {@link DeliveryLogFailure}.
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
   * Runs {@code handling} unless the delivery's id and body say it ran already.
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
    List<DeliveryKey> acquired = new ArrayList<>(2);
    for (DeliveryKey key : keys(route, delivery, id)) {
      switch (claim(route, key, acquired)) {
        case ACQUIRED -> acquired.add(key);
        case ACQUIRED_OTHER_BODY -> {
          LOG.warn("{}: delivery {} arrived before with another body; handled as a new delivery (a replay under"
              + " a reused id, or a sender reusing ids)", route.name(), LogText.escape(id));
          acquired.add(key);
        }
        case IN_PROGRESS -> {
          release(route, acquired);
          // A rejection like any other, so the pipeline logs it once and answers it with Retry-After.
          throw new DeliveryRejectedException(409, "delivery " + id + " is being handled now; the sender will retry it");
        }
        case ALREADY_HANDLED -> {
          record(acquired);
          return repeated(route, id, key);
        }
      }
    }
    return run(route, acquired, handling);
  }

  private static List<DeliveryKey> keys(ReceiverRoute route, Delivery delivery, String id) {
    String digest = BodyDigest.of(delivery.bodyBytes());
    DeliveryKey byId = new DeliveryKey(route.name(), id, digest);
    return delivery.deliveryIdSigned() ? List.of(byId) : List.of(byId, DeliveryKey.ofBody(route.name(), digest));
  }

  /** Claims {@code key}; when the log fails, releases the keys {@code acquired} before it. */
  private DeliveryLog.Claim claim(ReceiverRoute route, DeliveryKey key, List<DeliveryKey> acquired) {
    try {
      return log.claim(key);
    } catch (RuntimeException e) {
      release(route, acquired);
      throw new DeliveryLogFailure("claim the delivery", e);
    }
  }

  private WebhookResponse run(ReceiverRoute route, List<DeliveryKey> acquired, Handling handling) throws Exception {
    WebhookResponse answer;
    try {
      answer = handling.run();
    } catch (Throwable e) {
      release(route, acquired);
      throw e;
    }
    if (answer == null || answer.status() < 400) {
      record(acquired);
    } else {
      release(route, acquired);
    }
    return answer;
  }

  /**
   * Records the delivery as handled. A log that fails here fails the delivery ({@code 503}): it
   * ran, but nothing says so, and only what is recorded may be acknowledged.
   */
  private void record(List<DeliveryKey> acquired) {
    for (DeliveryKey key : acquired) {
      try {
        log.handled(key);
      } catch (RuntimeException e) {
        throw new DeliveryLogFailure("record the delivery as handled", e);
      }
    }
  }

  /**
   * Lets a retry of the delivery run again. The delivery failed already, so a log that fails here
   * changes nothing in its answer: the claim stays until the log lets it expire.
   */
  private void release(ReceiverRoute route, List<DeliveryKey> acquired) {
    for (DeliveryKey key : acquired) {
      try {
        log.failed(key);
      } catch (RuntimeException e) {
        LOG.warn("{}: the delivery log could not release a claim; a retry runs once the claim expires: {}",
            route.name(), LogText.escape(Failures.describe(e)));
      }
    }
  }

  private static WebhookResponse repeated(ReceiverRoute route, String id, DeliveryKey key) {
    if (key.receiver().endsWith(DeliveryKey.BODY_SUFFIX)) {
      LOG.info("{}: 200 the body of delivery {} was handled already under another id; a replay, acknowledged"
          + " without handling", route.name(), LogText.escape(id));
    } else {
      LOG.info("{}: 200 delivery {} was handled already; acknowledged again", route.name(), LogText.escape(id));
    }
    return WebhookResponse.ok();
  }
}
