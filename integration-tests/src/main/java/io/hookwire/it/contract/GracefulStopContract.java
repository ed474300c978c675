package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Hookwire#stop}: new deliveries are refused with {@code 503} and {@code Retry-After}, those
 * under way over HTTP, answer included, are waited for, and the server is left to its owner.
 */
public abstract class GracefulStopContract extends ContractServer {
  private static final String PATH = "/counting";

  private final CountingReceiver counting = new CountingReceiver();
  private final Hookwire hookwire = Hookwire.builder().only(CountingReceiver.class).instance(counting).build();
  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serve(hookwire);
  }

  @AfterEach
  void releaseHeldDelivery() {
    // A test that failed midway must not leave a server thread held for the latch's 30 seconds.
    counting.release();
  }

  @Test
  void deliveriesUnderWayFinishAndNewOnesAreRefused() throws Exception {
    CompletableFuture<HttpResponse<String>> underWay = client.postAsync(PATH, "hold");
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS));

    CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> stop(Duration.ofSeconds(20)));
    awaitRefusing();
    HttpResponse<String> refused = client.post(PATH, "new");
    assertEquals(503, refused.statusCode());
    assertEquals("Service unavailable.", refused.body());
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    assertFalse(stopped.isDone(), "stop() returned with a delivery under way");

    counting.release();
    assertEquals(200, underWay.get(10, TimeUnit.SECONDS).statusCode());
    assertTrue(stopped.get(20, TimeUnit.SECONDS));
    assertEquals(0, counting.timesHandled("new"));
  }

  @Test
  void theServerIsLeftRunningForItsOwnerToStop() throws Exception {
    assertTrue(hookwire.stop(Duration.ofSeconds(5)));

    HttpResponse<String> health = client.send(client.request("/health").GET());
    assertEquals(200, health.statusCode());
    assertEquals("up", health.body());
    assertEquals(503, client.post(PATH, "late").statusCode());
    assertEquals(0, counting.timesHandled("late"));
  }

  @Test
  void stopReportsDeliveriesThatDidNotFinishInTime() throws Exception {
    CompletableFuture<HttpResponse<String>> underWay = client.postAsync(PATH, "hold");
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS));

    assertFalse(hookwire.stop(Duration.ofMillis(50)));
    counting.release();
    assertEquals(200, underWay.get(10, TimeUnit.SECONDS).statusCode());
  }

  // Polls until stop() has begun refusing: the test must not race the stopping thread.
  private void awaitRefusing() throws InterruptedException {
    WebhookRequest probe = WebhookRequest.builder().path(PATH).body("probe").build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (hookwire.handle(probe).status() != 503 && System.nanoTime() < deadline) {
      Thread.sleep(5);
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
}
