package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code 413 Payload too large.}: declared by {@code Content-Length} or found while streaming. */
class BodyLimitHttpTest {
  private static final int LIMIT = 64;

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.serving(Hookwire.builder().registry(new PingRegistry()).maxBodyBytes(LIMIT).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String body(int length) {
    return "x".repeat(length);
  }

  private static void assertTooLarge(HttpResponse<String> response) {
    assertEquals(413, response.statusCode());
    assertEquals("Payload too large.", response.body());
    assertEquals(List.of("close"), response.headers().allValues("Connection"));
  }

  @Test
  void aBodyAtTheLimitIsAccepted() throws Exception {
    assertEquals("pong", server.post("/ping", body(LIMIT)).body());
  }

  @Test
  void aChunkedBodyAtTheLimitIsAccepted() throws Exception {
    assertEquals("pong", server.postChunked("/ping", body(LIMIT).getBytes(StandardCharsets.UTF_8)).body());
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() throws Exception {
    assertTooLarge(server.post("/ping", body(LIMIT + 1)));
  }

  @Test
  void aChunkedBodyOverTheLimitIsTooLarge() throws Exception {
    assertTooLarge(server.postChunked("/ping", body(4 * LIMIT).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aDeclaredLengthOverTheLimitIsAnsweredWithoutWaitingForTheBody() throws Exception {
    // Jetty hands a request over once the first body bytes arrive; the other 999 999 990 never do.
    String answer = server.sendPartially(
        "POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000000", "xxxxxxxxxx");

    assertTooLarge(answer);
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeTheClientSendsTheBody() throws Exception {
    String answer = server.sendPartially(
        "POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000000000\r\nExpect: 100-continue", "");

    assertTooLarge(answer);
  }

  private static void assertTooLarge(String answer) {
    assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    assertTrue(answer.contains("\r\nConnection: close\r\n"), answer);
    assertTrue(answer.endsWith("\r\n\r\nPayload too large."), answer);
  }
}
