package io.hookwire.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.Hookwire;
import io.hookwire.test.receivers.PingReceiver;
import io.hookwire.test.receivers.StripeReceiver;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** When the extension serves and stops, driven through its callbacks as JUnit drives them. */
class HookwireExtensionLifecycleTest {
  private static final String SECRET = "whsec_a secret for tests only";

  @Test
  void onAnInstanceFieldTheReceiversServeForOneTestOnly() throws Exception {
    HookwireExtension extension = HookwireExtension.serving(PingReceiver.class);
    extension.beforeEach(null);
    DeliveryClient client = extension.client();
    assertEquals(200, client.post("/ping", "first").status());

    extension.afterEach(null);

    assertThrows(IllegalStateException.class, extension::client);
    assertThrows(UncheckedIOException.class, () -> client.post("/ping", "after the test"));
  }

  @Test
  void onAStaticFieldTheReceiversServeUntilTheLastTestOfTheClass() throws Exception {
    HookwireExtension extension = HookwireExtension.serving(PingReceiver.class);
    extension.beforeAll(null);
    extension.beforeEach(null);
    extension.afterEach(null);

    assertEquals(200, extension.client().post("/ping", "between tests").status());

    extension.afterAll(null);
    assertThrows(IllegalStateException.class, extension::hookwire);
  }

  @Test
  void aBuilderGivesTheServedHookwireItsSettings() throws Exception {
    HookwireExtension extension = HookwireExtension.serving(
        Hookwire.builder().only(PingReceiver.class).basePath("/hooks").maxBodyBytes(8));
    extension.beforeEach(null);
    try {
      assertEquals(200, extension.client().post("/hooks/ping", "8 bytes!").status());
      assertEquals(413, extension.client().post("/hooks/ping", "nine byte").status());
      assertEquals(404, extension.client().post("/ping", "x").status());
    } finally {
      extension.afterEach(null);
    }
  }

  @Test
  void theStopWaitsForADeliveryUnderWay() throws Exception {
    StripeReceiver stripe = new StripeReceiver(SECRET);
    HookwireExtension extension = HookwireExtension.serving(stripe);
    extension.beforeAll(null);
    DeliveryClient client = extension.client();
    CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(
        () -> client.post("/payments", "{\"id\":\"evt_slow\",\"type\":\"invoice.paid\"}", Signers.stripe(SECRET)));
    stripe.slowStarted.await();

    Thread stopping = new Thread(() -> {
      try {
        extension.afterAll(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    stopping.start();
    awaitWaiting(stopping);
    stripe.slowMayFinish.countDown();

    assertEquals(200, slow.join().status());
    stopping.join();
    assertTrue(stripe.handled.contains(new StripeReceiver.Event("evt_slow", "invoice.paid")));
  }

  @Test
  void servingNothingIsAMistake() {
    assertThrows(IllegalArgumentException.class, HookwireExtension::serving);
  }

  /** Until {@code thread} waits: the stop is then blocked on the delivery under way. */
  private static void awaitWaiting(Thread thread) {
    while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
      assertTrue(thread.isAlive(), "the stop ended while a delivery was under way");
      Thread.onSpinWait();
    }
  }
}
