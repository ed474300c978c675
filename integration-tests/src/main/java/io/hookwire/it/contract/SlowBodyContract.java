package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.PointerProbe;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that never finishes its body gets {@code 408 Request timeout.} and a closed connection
 * once {@code Hookwire.Builder#bodyTimeout} is up, counted from the request's head, instead of
 * holding a server thread for as long as the server's idle timeout allows. The timeout is a
 * fraction of a second here; the bound on each test only guards against a hang. The timeout is the
 * body's alone: a handler may take longer.
 */
public abstract class SlowBodyContract extends ProbeContract {
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final Duration GUARD = Duration.ofSeconds(15);

  private final CountingReceiver counting = new CountingReceiver();
  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder.only(CountingReceiver.class).instance(counting).bodyTimeout(TIMEOUT));
  }

  @AfterEach
  void releaseHeldDelivery() {
    counting.release();
  }

  private String target() {
    return client.target(PointerProbe.PATH);
  }

  @Test
  void aHeadThatPromisesABodyAndSendsNoneTimesOut() {
    String request = RawHttp.postHead(target(), 100);

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().exchange(request)));
  }

  @Test
  void aBodyShorterThanItsContentLengthTimesOut() {
    String request = RawHttp.postHead(target(), 100) + "{\"type\":";

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().exchange(request)));
  }

  @Test
  void aChunkedBodyWithoutItsLastChunkTimesOut() {
    String request = RawHttp.chunkedHead(target()) + RawHttp.chunk("{\"type\":");

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().exchange(request)));
  }

  @Test
  void aBodyDrippedByteByByteTimesOut() {
    // Each byte comes well within the timeout, so only a deadline for the whole body stops it.
    String head = RawHttp.postHead(target(), 1_000_000);

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().drip(head, Duration.ofMillis(20))));
  }

  @Test
  void aBodyThatArrivesInTimeIsServed() throws Exception {
    byte[] body = "{\"type\":\"order\",\"id\":\"A-1\"}".getBytes(StandardCharsets.UTF_8);

    assertEquals(200, postSigned(client, PointerProbe.PATH, body).statusCode());
    assertEquals(1, calls.handled());
  }

  @Test
  void theTimeoutBoundsTheBodyNotTheHandler() throws Exception {
    CompletableFuture<HttpResponse<String>> held = client.postAsync("/counting", "hold");
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS));
    // Paces the handler past the body timeout; the outcome is waited for by the future below.
    Thread.sleep(3 * TIMEOUT.toMillis());
    counting.release();

    HttpResponse<String> answer = held.get(10, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode());
    assertEquals("OK", answer.body());
  }


  private void assertTimedOut(RawAnswer answer) {
    assertEquals(408, answer.status(), answer::text);
    assertEquals("Request timeout.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertStoppedBeforeVerify();
  }
}
