package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Hookwire#stop} refuses new deliveries, lets those under way finish, then stops the server. */
class GracefulStopTest {
  private final Counting counting = new Counting();
  private final Hookwire hookwire = Hookwire.builder()
      .registry(Counting.registry())
      .instance(counting)
      .build();

  @Test
  void deliveriesUnderWayFinishNewOnesAreRefusedThenTheServerStops() throws Exception {
    TestServer server = TestServer.serving(hookwire);
    HttpRequest afterStop = server.request("/counting").POST(HttpRequest.BodyPublishers.ofString("after")).build();
    CompletableFuture<HttpResponse<String>> underWay = CompletableFuture.supplyAsync(() -> post(server, "hold"));
    assertTrue(counting.holding.await(10, TimeUnit.SECONDS));

    CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> stop(Duration.ofSeconds(20)));
    awaitRefusing();
    HttpResponse<String> refused = post(server, "new");
    assertEquals(503, refused.statusCode());
    assertEquals("Service unavailable.", refused.body());
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());

    counting.release.countDown();
    assertEquals(200, underWay.get(10, TimeUnit.SECONDS).statusCode());
    assertTrue(stopped.get(20, TimeUnit.SECONDS));
    assertEquals(0, counting.timesHandled("new"));
    assertThrows(IOException.class,
        () -> HttpClient.newHttpClient().send(afterStop, HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void stopReportsDeliveriesThatDidNotFinishInTime() throws Exception {
    CompletableFuture<WebhookResponse> underWay = CompletableFuture.supplyAsync(() ->
        hookwire.handle(WebhookRequest.builder().path("/counting").body("hold").build()));
    assertTrue(counting.holding.await(10, TimeUnit.SECONDS));

    assertFalse(hookwire.stop(Duration.ofMillis(50)));
    counting.release.countDown();
    assertEquals(200, underWay.get(10, TimeUnit.SECONDS).status());
  }

  // Polls until stop() has begun refusing: the test must not race the stopping thread.
  private void awaitRefusing() throws InterruptedException {
    WebhookRequest probe = WebhookRequest.builder().path("/counting").body("probe").build();
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

  private static HttpResponse<String> post(TestServer server, String body) {
    try {
      return server.post("/counting", body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
