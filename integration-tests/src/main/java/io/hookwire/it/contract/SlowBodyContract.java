package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.PointerProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that never finishes its body gets {@code 408 Request timeout.} and a closed connection
 * once {@code Hookwire.Builder#bodyTimeout} is up, counted from the request's head, instead of
 * holding a server thread for as long as the server's idle timeout allows. The timeout is a
 * fraction of a second here; the bound on each test only guards against a hang.
 */
public abstract class SlowBodyContract extends ProbeContract {
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final Duration GUARD = Duration.ofSeconds(15);

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder.bodyTimeout(TIMEOUT));
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

  private void assertTimedOut(RawAnswer answer) {
    assertEquals(408, answer.status(), answer::text);
    assertEquals("Request timeout.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertStoppedBeforeVerify();
  }
}
