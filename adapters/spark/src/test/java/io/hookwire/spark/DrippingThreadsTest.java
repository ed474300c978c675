package io.hookwire.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hookwire.it.contract.AdapterServer;
import io.hookwire.it.contract.DrippingConnections;
import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawHttp;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.runtime.Hookwire;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spark reads bodies blocking, a thread each, from the 200 of its Jetty. With the minimum rate off,
 * 1,000 connections dripping their bodies would take every thread for the whole body timeout; the
 * bound on bodies read at once (128 by default) alone keeps the rest free, so the application is
 * still answered. The contract suite runs the same attack with the rate on as well; this test
 * shows that the bound does not need it. The bounds only guard against a hang.
 */
class DrippingThreadsTest {
  private static final int CONNECTIONS = 1000;
  private static final Duration BODY_TIMEOUT = Duration.ofSeconds(6);
  private static final Duration PROMPT = Duration.ofSeconds(5);
  private static final Duration GUARD = Duration.ofSeconds(25);

  private AdapterServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theBoundAloneKeepsThreadsForTheApplicationWhileBodiesDrip() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .only(PingReceiver.class)
        .bodyTimeout(BODY_TIMEOUT)
        .minBodyRate(0, Duration.ofSeconds(1))
        .build();
    server = new SparkServers().start(hookwire);
    Loopback client = new Loopback(server);
    long start = System.nanoTime();

    try (DrippingConnections drips = client.raw().dripping(RawHttp.postHead("/ping", 10_000), CONNECTIONS,
        Duration.ofSeconds(1))) {
      do {
        HttpResponse<String> health = answered(client, client.request("/health").GET());
        assertEquals("up", health.body());
        assertTrue(System.nanoTime() - start < GUARD.toNanos(), () -> "still dripping: " + drips.outcomes());
      } while (!drips.awaitEnded(Duration.ofSeconds(1)));

      Map<String, Integer> outcomes = drips.outcomes();
      assertTrue(Set.of("408", "503", "closed").containsAll(outcomes.keySet()), outcomes::toString);
      assertTrue(outcomes.getOrDefault("503", 0) > 0, () -> "the bound was never met: " + outcomes);
    }
  }

  private static HttpResponse<String> answered(Loopback client, HttpRequest.Builder request)
      throws Exception {
    try {
      return client.sendAsync(request).get(PROMPT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return fail("GET /health was not answered within " + PROMPT.toSeconds() + " s while bodies dripped");
    }
  }
}
