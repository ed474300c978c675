package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.MessagingApps;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookSetupException;
import jakarta.servlet.ServletException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The servlet's life in its container: start-up, graceful stop, and the container stopping. */
class LifecycleTest {
  private RunningServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aReceiverThatCannotBeConnectedFailsTheDeploymentInFailFastMode() {
    Hookwire hookwire = Hookwire.builder()
        .only(MessagingApps.Unconnectable.class)
        .failFast(true)
        .connectAttempts(1)
        .build();

    Exception failure = assertThrows(Exception.class, () -> server = ServletServers.atRoot().start(hookwire));

    ServletException servletFailure = causeOfType(failure, ServletException.class);
    assertTrue(servletFailure.getCause() instanceof WebhookSetupException, () -> String.valueOf(servletFailure));
    assertTrue(servletFailure.getMessage().contains("unconnectable"), servletFailure::getMessage);
  }

  @Test
  void aReceiverThatCannotBeConnectedIsLeftOutOtherwise() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .only(MessagingApps.Unconnectable.class, MessagingApps.Connected.class)
        .connectAttempts(1)
        .build();
    server = ServletServers.atRoot().start(hookwire);
    Loopback client = new Loopback(server);

    assertEquals(404, client.post("/apps/unconnectable", "hi").statusCode());
    HttpResponse<String> connected = client.post("/apps/connected", "hi");
    assertEquals(200, connected.statusCode());
    assertEquals("hello from Connected", connected.body());
  }

  @Test
  void aGracefulStopRefusesNewDeliveriesAndWaitsForThoseUnderWay() throws Exception {
    CountingReceiver counting = new CountingReceiver();
    Hookwire hookwire = Hookwire.builder().only(CountingReceiver.class).instance(counting).build();
    server = ServletServers.underPrefix().start(hookwire);
    Loopback client = new Loopback(server);

    CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> post(client, "hold", "1"));
    assertTrue(counting.awaitHolding(20, TimeUnit.SECONDS));
    CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> stop(hookwire));

    HttpResponse<String> refused = awaitRefusal(client);
    assertEquals(503, refused.statusCode());
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    assertFalse(stopping.isDone(), "the stop waits for the delivery under way");

    counting.release();
    HttpResponse<String> answer = held.get(20, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode());
    assertEquals("OK", answer.body());
    assertTrue(stopping.get(20, TimeUnit.SECONDS), "every delivery under way finished");
    assertEquals(0, counting.timesHandled("late"));
  }

  @Test
  void aBodyStillPendingWhenTheContainerStopsEndsItsReception() throws Exception {
    Arrivals arrivals = new Arrivals(1);
    Hookwire hookwire = Hookwire.builder()
        .only(CountingReceiver.class)
        .instance(new CountingReceiver())
        .bodyTimeout(Duration.ofSeconds(2))
        .build();
    server = ServletServers.atRoot().customized(arrivals::install).start(hookwire);
    Loopback client = new Loopback(server);
    CompletableFuture<RawAnswer> pending = CompletableFuture.supplyAsync(() -> {
      try {
        return client.raw().exchange("POST /counting HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n");
      } catch (Exception | AssertionError e) {
        return null; // the container may close the connection without an answer
      }
    });
    assertTrue(arrivals.await(20, TimeUnit.SECONDS));

    server.close();
    server = null;

    // Were the reception left open, the stop would wait for it until its timeout.
    assertTrue(hookwire.stop(Duration.ofSeconds(20)), "no delivery left under way");
    pending.get(20, TimeUnit.SECONDS);
  }

  private static HttpResponse<String> post(Loopback client, String body, String deliveryId) {
    try {
      return client.post("/counting", body, CountingReceiver.ID_HEADER, deliveryId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean stop(Hookwire hookwire) {
    try {
      return hookwire.stop(Duration.ofSeconds(20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The first delivery refused once the stop has begun, which it does on another thread. */
  private static HttpResponse<String> awaitRefusal(Loopback client) throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      HttpResponse<String> response = post(client, "late", "late-" + System.nanoTime());
      if (response.statusCode() != 200 || System.nanoTime() > giveUp) {
        return response;
      }
      Thread.sleep(20);
    }
  }

  private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
  }
}
