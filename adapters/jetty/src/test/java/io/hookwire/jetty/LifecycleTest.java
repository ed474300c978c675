package io.hookwire.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.contract.Loopback;
import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.MessagingApps;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The handler's life with its server: Hookwire's start-up runs once, when the server starts, and
 * fails that start in fail-fast mode; a graceful stop lets deliveries under way finish first.
 */
class LifecycleTest {
  // Only a guard against a server that never answers: no test depends on how long it takes.
  private static final long GUARD_SECONDS = 20;

  private JettyServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aReceiverThatCannotBeConnectedFailsTheServersStartInFailFastMode() {
    Hookwire hookwire = Hookwire.builder()
        .only(MessagingApps.Unconnectable.class)
        .failFast(true)
        .connectAttempts(1)
        .build();

    Exception failure = assertThrows(Exception.class, () -> JettyServers.atRoot().start(hookwire));

    assertTrue(causedBy(failure, WebhookSetupException.class), () -> "not a setup failure: " + failure);
  }

  @Test
  void withoutFailFastTheServerStartsAndTheReceiverThatCannotBeConnectedIsNotServed() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .only(MessagingApps.Unconnectable.class, MessagingApps.Connected.class)
        .connectAttempts(1)
        .build();
    server = JettyServers.atRoot().start(hookwire);
    Loopback client = new Loopback(server);

    HttpResponse<String> served = client.post("/apps/connected", "hi");
    HttpResponse<String> notServed = client.post("/apps/unconnectable", "hi");

    assertEquals("hello from Connected", served.body());
    assertEquals(404, notServed.statusCode());
  }

  @Test
  void theStartUpRunsOnceWhenTheServerStartsHoweverOftenItStarts() throws Exception {
    MessagingApps.Disconnected app = new MessagingApps.Disconnected();
    Hookwire hookwire = Hookwire.builder().only(MessagingApps.Disconnected.class).instance(app).build();

    server = JettyServers.atRoot().start(hookwire);
    assertEquals(1, app.connectCalls());
    server.close();
    server = JettyServers.atRoot().start(hookwire);
    HttpResponse<String> response = new Loopback(server).post("/apps/disconnected", "hi");

    assertEquals(200, response.statusCode());
    assertEquals("hello from Disconnected", response.body());
    assertEquals(1, app.connectCalls());
  }

  @Test
  void aGracefulStopLetsTheDeliveryUnderWayFinishAndRefusesNewOnes() throws Exception {
    CountingReceiver counting = new CountingReceiver();
    Hookwire hookwire = Hookwire.builder().only(CountingReceiver.class).instance(counting).build();
    server = JettyServers.atRoot().start(hookwire);
    Loopback client = new Loopback(server);
    CompletableFuture<HttpResponse<String>> underWay = CompletableFuture.supplyAsync(() -> deliver(client, "hold"));
    assertTrue(counting.awaitHolding(GUARD_SECONDS, TimeUnit.SECONDS));

    CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> stop(hookwire));
    awaitRefusing(client);
    HttpResponse<String> refused = deliver(client, "late");

    assertEquals(503, refused.statusCode());
    assertEquals("Service unavailable.", refused.body());
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    // The stop waits for the delivery still held, whose answer has not been written.
    assertFalse(stopped.isDone());
    counting.release();
    assertEquals(200, underWay.get(GUARD_SECONDS, TimeUnit.SECONDS).statusCode());
    assertTrue(stopped.get(GUARD_SECONDS, TimeUnit.SECONDS));
    assertEquals(0, counting.timesHandled("late"));
  }

  /** Delivers probes until the stop has begun: the test must not race the stopping thread. */
  private static void awaitRefusing(Loopback client) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
    while (deliver(client, "probe").statusCode() != 503 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private static HttpResponse<String> deliver(Loopback client, String body) {
    try {
      return client.post("/counting", body, CountingReceiver.ID_HEADER, UUID.randomUUID().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean stop(Hookwire hookwire) {
    try {
      return hookwire.stop(Duration.ofSeconds(GUARD_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      for (Throwable suppressed : cause.getSuppressed()) {
        if (causedBy(suppressed, type)) {
          return true;
        }
      }
    }
    return false;
  }
}
