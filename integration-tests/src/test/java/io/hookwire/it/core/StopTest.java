package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Hookwire#stop(Duration)} drains: deliveries under way finish and are answered, new ones
 * are answered {@code 503} so that their senders retry them elsewhere or later, and it says
 * whether everything finished in time. Nothing here depends on how long anything takes: deliveries
 * are held under way until the test lets them go.
 */
class StopTest {
  private final CountingReceiver counting = new CountingReceiver();
  private final Hookwire hookwire = Hookwire.builder()
      .only(CountingReceiver.class, PingReceiver.class)
      .instance(counting)
      .build();

  private WebhookResponse deliver(String path, String body) {
    return hookwire.handle(WebhookRequest.builder().path(path).body(body).build());
  }

  private static void assertUnavailable(WebhookResponse answer) {
    assertEquals(503, answer.status());
    assertEquals("Service unavailable.", answer.body());
    assertEquals("30", answer.headers().get("Retry-After"));
  }

  @Test
  void withNothingUnderWayStopReturnsAtOnceAndRefusesWhatComesAfter() throws Exception {
    assertTrue(hookwire.stop(Duration.ofSeconds(10)));

    assertUnavailable(deliver("/counting", "late"));
    assertEquals(0, counting.timesHandled("late"));
  }

  @Test
  void aDeliveryStillRunningWhenTheTimeoutPassesMakesStopReturnFalse() throws Exception {
    CompletableFuture<WebhookResponse> held = CompletableFuture.supplyAsync(() -> deliver("/counting", "hold"));
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS), "the delivery never reached its handler");

    assertFalse(hookwire.stop(Duration.ofMillis(50)));

    assertUnavailable(deliver("/counting", "after stop"));
    assertEquals(0, counting.timesHandled("after stop"));
    counting.release();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).status(), "the delivery under way was cut off");
    assertTrue(hookwire.stop(Duration.ofSeconds(10)));
  }

  @Test
  void stopWaitsUntilTheAnswerUnderWayIsWritten() throws Exception {
    // An adapter's request counts as under way from its head until its answer is written (close()).
    Reception underWay = hookwire.receive(RequestHead.builder("POST", "/ping").build());
    CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> stop(Duration.ofSeconds(30)));
    awaitRefusingNewDeliveries();

    assertFalse(stopping.isDone(), "stop returned with a request under way");
    WebhookResponse answer = underWay.complete("{}".getBytes(StandardCharsets.UTF_8));
    assertEquals("pong", answer.body());
    underWay.close();

    assertTrue(stopping.get(10, TimeUnit.SECONDS));
  }

  @Test
  void anAdaptersRequestArrivingWhileStoppingIsAnsweredOnItsHead() throws Exception {
    hookwire.stop(Duration.ofSeconds(10));

    try (Reception late = hookwire.receive(RequestHead.builder("POST", "/ping").contentLength(2).build())) {
      assertUnavailable(late.answerWithoutBody().orElseThrow());
    }
  }

  private boolean stop(Duration timeout) {
    try {
      return hookwire.stop(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits, within a bound, until stop() has begun: new deliveries are answered 503. */
  private void awaitRefusingNewDeliveries() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (deliver("/ping", "probe").status() != 503) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("stop() never began refusing deliveries");
      }
      Thread.sleep(1);
    }
  }
}
