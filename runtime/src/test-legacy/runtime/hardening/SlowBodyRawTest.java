package io.hookwire.runtime.hardening;

import static io.hookwire.runtime.hardening.Outcomes.assertStoppedBeforeVerify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.SlowBodyMount;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that never finishes its body gets {@code 408} and a closed connection once the body
 * read timeout is up, instead of holding a server thread for the hour Spark's connector allows.
 * The timeout is a fraction of a second here; the bound on each test only guards against a hang.
 */
class SlowBodyRawTest {
  private static final Duration TIMEOUT = Duration.ofMillis(300);
  private static final Duration GUARD = Duration.ofSeconds(15);

  private ProbeServer server;

  @BeforeEach
  void start() {
    Calls calls = new Calls();
    List<Object> instances = List.of(new PointerProbe(calls), new HeaderProbe(calls));
    server = ProbeServer.start(calls,
        http -> SlowBodyMount.mount(http, new ProbeRegistry(), instances, 1024 * 1024, TIMEOUT));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aBodyShorterThanItsContentLengthTimesOut() {
    String request = RawRequests.postHead(PointerProbe.PATH, 100) + "{\"type\":";

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> server.raw().exchange(request)));
  }

  @Test
  void aChunkedBodyWithoutItsLastChunkTimesOut() {
    String request = RawRequests.chunkedHead(PointerProbe.PATH) + RawRequests.chunk("{\"type\":");

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> server.raw().exchange(request)));
  }

  @Test
  void aBodyDrippedByteByByteTimesOut() {
    // Each byte comes well within the timeout, so only a deadline for the whole body stops it.
    Dripper dripper = new Dripper(RawRequests.postHead(PointerProbe.PATH, 1_000_000), Duration.ofMillis(20));

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> dripper.exchange(server.port())));
  }

  @Test
  void aBodyThatArrivesInTimeIsServed() throws Exception {
    byte[] body = "{\"type\":\"order\",\"id\":\"A-1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertEquals(200, server.postSigned(PointerProbe.PATH, body).statusCode());
    assertEquals(1, server.calls().handled());
  }

  private void assertTimedOut(RawAnswer answer) {
    assertEquals(408, answer.status(), answer::text);
    assertEquals("Request timeout.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertStoppedBeforeVerify(server.calls());
  }
}
