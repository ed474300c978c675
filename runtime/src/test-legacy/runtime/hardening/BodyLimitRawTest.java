package io.hookwire.runtime.hardening;

import static io.hookwire.runtime.hardening.Outcomes.assertStoppedBeforeVerify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body over the limit is answered {@code 413} and the connection closed while the client is
 * still sending: each request here is never finished, so an answer followed by the end of the
 * stream proves the server stopped reading by itself instead of draining the body.
 */
class BodyLimitRawTest {
  private static final int LIMIT = 1024;
  private static final String OVER_THE_LIMIT = "x".repeat(LIMIT + 1);

  private ProbeServer server;

  @BeforeEach
  void start() throws Exception {
    server = ProbeServer.start(LIMIT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead() throws Exception {
    RawAnswer answer = server.raw().exchange(RawRequests.postHead(PointerProbe.PATH, 100L * LIMIT) + "{\"type\"");

    assertTooLarge(answer);
  }

  @Test
  void aChunkedBodyOverTheLimitIsCutOffWithoutItsLastChunk() throws Exception {
    String chunks = RawRequests.chunk(OVER_THE_LIMIT.substring(0, LIMIT / 2))
        + RawRequests.chunk(OVER_THE_LIMIT.substring(LIMIT / 2));
    RawAnswer answer = server.raw().exchange(RawRequests.chunkedHead(PointerProbe.PATH) + chunks);

    assertTooLarge(answer);
  }

  private void assertTooLarge(RawAnswer answer) {
    assertEquals(413, answer.status(), answer::text);
    assertEquals("Payload too large.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertStoppedBeforeVerify(server.calls());
  }
}
