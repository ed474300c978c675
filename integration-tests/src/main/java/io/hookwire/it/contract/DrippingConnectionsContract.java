package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hookwire.it.receivers.PointerProbe;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A slow-loris attack on a server with Hookwire's defaults: 1,000 connections each send a head that
 * promises a body, then one byte of it a second. The minimum body rate (1 KiB a second after 2 s)
 * cuts each dripping body off soon after its grace, {@code 408}; the bound on bodies read at once
 * (128) refuses the rest on their heads, {@code 503}. Meanwhile the application's
 * {@code GET /health} and a signed delivery are still answered, and once the connections have
 * ended, the delivery is accepted again.
 *
 * <p>The bounds only guard against a hang, and are generous: each answer within 5 seconds, every
 * connection ended within 25, which is still less than the 30 s body timeout, so only the rate and
 * the bound can end them in time. The server runs in the test's JVM, so each connection costs two
 * file descriptors: the test is skipped, saying so, where the limit is too low for them.
 */
public abstract class DrippingConnectionsContract extends ProbeContract {
  private static final int CONNECTIONS = 1000;
  private static final long DECLARED_LENGTH = 10_000;
  private static final Duration DRIP_INTERVAL = Duration.ofSeconds(1);
  private static final Duration PROMPT = Duration.ofSeconds(5);
  private static final Duration ALL_ENDED = Duration.ofSeconds(25);
  private static final Set<String> ENDINGS = Set.of("408", "503", "closed");
  private static final byte[] ORDER = "{\"type\":\"order\",\"id\":\"A-1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aThousandDrippingConnectionsLeaveTheServerAnswering() throws Exception {
    assumeFileDescriptorsFor(2 * CONNECTIONS);
    Loopback client = serveProbes(builder -> builder);
    String head = RawHttp.postHead(client.target(PointerProbe.PATH), DECLARED_LENGTH);
    long start = System.nanoTime();

    try (DrippingConnections drips = client.raw().dripping(head, CONNECTIONS, DRIP_INTERVAL)) {
      do {
        assertHealthAnswered(client);
        assertDeliveryAnswered(client);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(ALL_ENDED) < 0,
            () -> "connections still open after " + ALL_ENDED.toSeconds() + " s: " + drips.outcomes());
      } while (!drips.awaitEnded(DRIP_INTERVAL));

      Map<String, Integer> outcomes = drips.outcomes();
      assertTrue(ENDINGS.containsAll(outcomes.keySet()), () -> "connections ended otherwise: " + outcomes);
      assertEquals(CONNECTIONS, outcomes.values().stream().mapToInt(Integer::intValue).sum(), outcomes::toString);
    }
    // Every place a dripping body held is free again.
    assertEquals(200, postSigned(client, PointerProbe.PATH, ORDER).statusCode());
  }

  private static void assertHealthAnswered(Loopback client) throws Exception {
    HttpResponse<String> health = answered(client.sendAsync(client.request("/health").GET()), "GET /health");
    assertEquals(200, health.statusCode(), health::body);
    assertEquals("up", health.body());
  }

  /** Accepted, or refused while every place is taken, for the sender to retry. */
  private static void assertDeliveryAnswered(Loopback client) throws Exception {
    HttpResponse<String> answer = answered(client.sendAsync(signedPost(client, PointerProbe.PATH, ORDER)), "a delivery");
    if (answer.statusCode() == 503) {
      assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "a 503 without Retry-After");
    } else {
      assertEquals(200, answer.statusCode(), answer::body);
    }
  }

  private static HttpResponse<String> answered(CompletableFuture<HttpResponse<String>> answer, String what)
      throws InterruptedException, ExecutionException {
    try {
      return answer.get(PROMPT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      return fail(what + " was not answered within " + PROMPT.toSeconds() + " s while connections dripped");
    }
  }

  private static void assumeFileDescriptorsFor(int needed) {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      long free = unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
      // Room besides the sockets for the class path's jars, the servers' selectors and the log.
      assumeTrue(free >= needed + 1000, () -> "needs " + (needed + 1000) + " free file descriptors, has " + free);
    }
  }
}
