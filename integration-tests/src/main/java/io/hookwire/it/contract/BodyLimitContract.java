package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.PointerProbe;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code 413 Payload too large.}, declared by {@code Content-Length} or found while streaming, with
 * {@code Connection: close}: the rest of the body is never read, so the connection cannot carry
 * another request. The raw requests here are never finished, so an answer followed by the end of
 * the stream proves the server stopped reading by itself instead of draining the body.
 */
public abstract class BodyLimitContract extends ProbeContract {
  private static final int LIMIT = 64;

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder.only(PingReceiver.class).maxBodyBytes(LIMIT));
  }

  private static String body(int length) {
    return "x".repeat(length);
  }

  @Test
  void aBodyAtTheLimitIsAccepted() throws Exception {
    assertEquals("pong", client.post("/ping", body(LIMIT)).body());
  }

  @Test
  void aChunkedBodyAtTheLimitIsAccepted() throws Exception {
    assertEquals("pong", client.postChunked("/ping", body(LIMIT).getBytes(StandardCharsets.UTF_8)).body());
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() throws Exception {
    assertTooLarge(client.post("/ping", body(LIMIT + 1)));
  }

  @Test
  void aChunkedBodyOverTheLimitIsTooLarge() throws Exception {
    assertTooLarge(client.postChunked("/ping", body(4 * LIMIT).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedOnTheHeadAlone() throws Exception {
    // Nothing of the body is sent: the head is enough to refuse it.
    assertTooLarge(client.raw().exchange(RawHttp.postHead(client.target(PointerProbe.PATH), 1_000_000_000)));
  }

  @Test
  void aDeclaredLengthOverTheLimitIsAnsweredWithoutWaitingForTheBody() throws Exception {
    // Some servers hand a request over once the first body bytes arrive; the rest never do.
    String request = RawHttp.postHead(client.target(PointerProbe.PATH), 1_000_000_000) + "{\"type\"";

    assertTooLarge(client.raw().exchange(request));
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeTheClientSendsTheBody() throws Exception {
    String head = RawHttp.postHead(client.target(PointerProbe.PATH), 1_000_000_000);
    String request = head.replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n");

    assertTooLarge(client.raw().exchange(request));
  }

  @Test
  void aChunkedBodyOverTheLimitIsCutOffWithoutItsLastChunk() throws Exception {
    String overTheLimit = body(LIMIT + 1);
    String chunks = RawHttp.chunk(overTheLimit.substring(0, LIMIT / 2)) + RawHttp.chunk(overTheLimit.substring(LIMIT / 2));

    assertTooLarge(client.raw().exchange(RawHttp.chunkedHead(client.target(PointerProbe.PATH)) + chunks));
  }

  private static void assertTooLarge(HttpResponse<String> response) {
    assertEquals(413, response.statusCode());
    assertEquals("Payload too large.", response.body());
    assertEquals(List.of("close"), response.headers().allValues("Connection"));
  }

  private void assertTooLarge(RawAnswer answer) {
    assertEquals(413, answer.status(), answer::text);
    assertEquals("Payload too large.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertStoppedBeforeVerify();
  }
}
