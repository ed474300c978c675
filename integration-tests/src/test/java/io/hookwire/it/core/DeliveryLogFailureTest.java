package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.InMemoryDeliveryLog;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import org.junit.jupiter.api.Test;

/**
 * A delivery log that fails, as a database that is down does, never lets a delivery be
 * acknowledged: what it could not record is answered {@code 503} with {@code Retry-After}, so the
 * sender retries it later.
 */
class DeliveryLogFailureTest {
  private final CountingReceiver counting = new CountingReceiver();
  private final FailingLog log = new FailingLog();
  private final Hookwire hookwire =
      Hookwire.builder().only(CountingReceiver.class).instance(counting).deliveryLog(log).build();

  private WebhookResponse deliver(String body, String id) {
    return hookwire.handle(WebhookRequest.builder().path("/counting").body(body)
        .header(CountingReceiver.ID_HEADER, id).build());
  }

  @Test
  void aDeliveryTheLogCannotClaimIsRefusedForNowAndNotHandled() {
    log.failing = Operation.CLAIM;

    WebhookResponse answer = deliver("a", "id-1");

    assertUnavailable(answer);
    assertEquals(0, counting.timesHandled("a"));
  }

  @Test
  void aDeliveryTheLogCannotRecordAsHandledIsNotAcknowledged() {
    log.failing = Operation.HANDLED;

    WebhookResponse answer = deliver("b", "id-2");

    assertUnavailable(answer);
    assertEquals(1, counting.timesHandled("b"));
  }

  @Test
  void aClaimTakenBeforeTheLogFailedIsReleasedSoTheRetryRuns() {
    // The id is unsigned, so the body is claimed too, after the id: that second claim fails.
    log.failing = Operation.CLAIM_OF_BODY;
    assertUnavailable(deliver("c", "id-3"));

    log.failing = null;
    assertEquals(200, deliver("c", "id-3").status());
    assertEquals(1, counting.timesHandled("c"));
  }

  @Test
  void aLogThatCannotReleaseAFailedDeliveryLeavesTheHandlersAnswer() {
    log.failing = Operation.FAILED;

    assertEquals(500, deliver("fail", "id-4").status());
  }

  private static void assertUnavailable(WebhookResponse answer) {
    assertEquals(503, answer.status());
    assertEquals("30", answer.headers().get("Retry-After"));
    // Nothing of the failure reaches the sender.
    assertEquals("Service unavailable.", answer.body());
  }

  private enum Operation { CLAIM, CLAIM_OF_BODY, HANDLED, FAILED }

  /** The default log, failing one operation as a log on a database that went away does. */
  private static final class FailingLog implements DeliveryLog {
    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
    volatile Operation failing;

    @Override
    public Claim claim(DeliveryKey key) {
      boolean ofBody = key.receiver().endsWith(DeliveryKey.BODY_SUFFIX);
      failIf(ofBody ? Operation.CLAIM_OF_BODY : Operation.CLAIM);
      return log.claim(key);
    }

    @Override
    public void handled(DeliveryKey key) {
      failIf(Operation.HANDLED);
      log.handled(key);
    }

    @Override
    public void failed(DeliveryKey key) {
      failIf(Operation.FAILED);
      log.failed(key);
    }

    private void failIf(Operation operation) {
      if (failing == operation) {
        throw new IllegalStateException("connection refused to the log's database, at 10.0.0.7:5432");
      }
    }
  }
}
