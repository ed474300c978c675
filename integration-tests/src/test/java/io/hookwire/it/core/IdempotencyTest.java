package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.core.receivers.SignedIds;
import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.InMemoryDeliveryLog;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A delivery whose id was handled successfully is acknowledged without running the handler again;
 * one whose handler failed runs again on retry; concurrent copies run the handler once.
 */
class IdempotencyTest {
  /** The longest delivery id kept; a longer one is refused rather than stored. */
  private static final int MAX_ID_LENGTH = 256;

  private final CountingReceiver counting = new CountingReceiver();
  private final Hookwire hookwire = Hookwire.builder().only(CountingReceiver.class).instance(counting).build();

  private WebhookResponse deliver(String body, String id) {
    WebhookRequest.Builder request = WebhookRequest.builder().path("/counting").body(body);
    if (id != null) {
      request.header(CountingReceiver.ID_HEADER, id);
    }
    return hookwire.handle(request.build());
  }

  @Test
  void aRepeatedDeliveryIsAcknowledgedWithoutRunningTheHandlerAgain() {
    assertEquals(200, deliver("a", "id-1").status());
    assertEquals(200, deliver("a", "id-1").status());
    assertEquals("OK", deliver("a", "id-1").body());

    assertEquals(1, counting.timesHandled("a"));
  }

  @Test
  void aDeliveryWhoseHandlerFailedRunsAgainOnRetry() {
    assertEquals(500, deliver("fail", "id-2").status());
    assertEquals(500, deliver("fail", "id-2").status());

    assertEquals(2, counting.timesHandled("fail"));
  }

  @Test
  void deliveriesWithoutAnIdAlwaysRun() {
    deliver("b", null);
    deliver("b", null);

    assertEquals(2, counting.timesHandled("b"));
  }

  @Test
  void distinctDeliveriesEachRun() {
    deliver("c", "id-3");
    deliver("c2", "id-4");

    assertEquals(1, counting.timesHandled("c"));
    assertEquals(1, counting.timesHandled("c2"));
  }

  @Test
  void aCapturedBodyReplayedUnderANewUnsignedIdIsNotHandledAgain() {
    assertEquals(200, deliver("e", "id-5").status());

    assertEquals(200, deliver("e", "forged-id").status());
    assertEquals(200, deliver("e", null).status());

    // Without an id the delivery is not checked at all; with any id, its body gives it away.
    assertEquals(2, counting.timesHandled("e"));
  }

  @Test
  void aBodyReplayedUnderAnIdTheSenderWillUseLaterCannotSwallowTheGenuineDelivery() {
    assertEquals(200, deliver("captured", "id-6").status());
    assertEquals(200, deliver("captured", "future-id").status());

    assertEquals(200, deliver("genuine", "future-id").status());

    assertEquals(1, counting.timesHandled("captured"));
    assertEquals(1, counting.timesHandled("genuine"));
  }

  @Test
  void anIdOfTheLongestLengthIsKept() {
    String id = "x".repeat(MAX_ID_LENGTH);

    assertEquals(200, deliver("d", id).status());
    assertEquals(200, deliver("d", id).status());
    assertEquals(1, counting.timesHandled("d"));
  }

  @Test
  void anOverlongIdIsRefused() {
    WebhookResponse answer = deliver("e", "x".repeat(MAX_ID_LENGTH + 1));

    assertEquals(400, answer.status());
    assertEquals("Bad request.", answer.body());
    assertEquals(0, counting.timesHandled("e"));
  }

  @Test
  void aCopyArrivingWhileTheFirstIsHandledIsToldToRetryLater() throws Exception {
    CompletableFuture<WebhookResponse> first = CompletableFuture.supplyAsync(() -> deliver("hold", "id-5"));
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS), "the first delivery never reached its handler");

    WebhookResponse copy = deliver("hold", "id-5");
    assertEquals(409, copy.status());
    assertEquals("5", copy.headers().get("Retry-After"));

    counting.release();
    assertEquals(200, first.get(10, TimeUnit.SECONDS).status());
    assertEquals(200, deliver("hold", "id-5").status());
    assertEquals(1, counting.timesHandled("hold"));
  }

  @Test
  void aFloodOfNewIdsNeverEvictsADeliveryUnderWay() throws Exception {
    CountingReceiver held = new CountingReceiver();
    Hookwire small = Hookwire.builder().only(CountingReceiver.class).instance(held)
        .deliveryLog(new InMemoryDeliveryLog(4, Duration.ofHours(1))).build();
    CompletableFuture<WebhookResponse> first =
        CompletableFuture.supplyAsync(() -> small.handle(counted("hold", "slow")));
    assertTrue(held.awaitHolding(10, TimeUnit.SECONDS), "the first delivery never reached its handler");

    for (int i = 0; i < 50; i++) {
      assertEquals(200, small.handle(counted("flood " + i, "flood-" + i)).status());
    }

    assertEquals(409, small.handle(counted("hold", "slow")).status());
    held.release();
    assertEquals(200, first.get(10, TimeUnit.SECONDS).status());
    assertEquals(1, held.timesHandled("hold"));
  }

  @Test
  void theSameBodyUnderAnotherSignedIdIsAnotherDelivery() {
    SignedIds signed = new SignedIds();
    Hookwire hookwire = Hookwire.builder().only(SignedIds.class).instance(signed).build();
    assertEquals(200, hookwire.handle(signedDelivery("msg_1")).status());
    assertEquals(200, hookwire.handle(signedDelivery("msg_1")).status());
    assertEquals(200, hookwire.handle(signedDelivery("msg_2")).status());

    assertEquals(2, signed.timesHandled());
  }

  private static WebhookRequest signedDelivery(String id) {
    return WebhookRequest.builder().path("/signed-ids").body("{\"ping\":true}").header("webhook-id", id).build();
  }

  private static WebhookRequest counted(String body, String id) {
    return WebhookRequest.builder().path("/counting").body(body).header(CountingReceiver.ID_HEADER, id).build();
  }

  @Test
  void aStormOfCopiesRunsEachDeliveryExactlyOnce() throws Exception {
    int deliveries = 300;
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int copy = 0; copy < 3; copy++) {
        for (int i = 0; i < deliveries; i++) {
          String id = "storm-" + i;
          answers.add(senders.submit(() -> sendUntilAcknowledged("storm " + id, id)));
        }
      }
      for (Future<Integer> answer : answers) {
        assertEquals(200, answer.get(60, TimeUnit.SECONDS));
      }
    } finally {
      senders.shutdownNow();
    }
    for (int i = 0; i < deliveries; i++) {
      assertEquals(1, counting.timesHandled("storm storm-" + i), "delivery " + i);
    }
  }

  /** What a sender does: retries a delivery answered 409 until it is acknowledged. */
  private int sendUntilAcknowledged(String body, String id) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      int status = deliver(body, id).status();
      if (status != 409) {
        return status;
      }
      Thread.onSpinWait();
    }
    return 409;
  }
}
