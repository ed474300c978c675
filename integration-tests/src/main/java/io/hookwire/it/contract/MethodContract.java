package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.PointerProbe;
import io.hookwire.it.receivers.ProbeSigning;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * To a receiver without {@code @Handshake}, every method other than {@code POST}, as written on the
 * request line, is answered {@code 405} with {@code Allow: POST} before anything is read or verified: unknown methods and a lower-case
 * {@code post} too (methods are case-sensitive), and an {@code X-HTTP-Method-Override} header
 * changes nothing.
 */
public abstract class MethodContract extends ProbeContract {
  private static final String BODY = "{\"type\":\"order\"}";

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD", "PROPFIND", "FOO", "post"})
  void aMethodOtherThanPostIsNotAllowed(String method) throws Exception {
    assertNotAllowed(client.raw().exchange(request(method, "")));
  }

  @Test
  void anOverrideHeaderDoesNotTurnAGetIntoAPost() throws Exception {
    assertNotAllowed(client.raw().exchange(request("GET", "X-HTTP-Method-Override: POST\r\n")));
  }

  @Test
  void anOverrideHeaderDoesNotTurnAPostIntoAGet() throws Exception {
    String signature = ProbeSigning.HEADER + ": " + ProbeSigning.signature(BODY.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    RawAnswer answer = client.raw().exchange(request("POST", signature + "X-HTTP-Method-Override: GET\r\n"));

    assertEquals(200, answer.status(), answer::text);
    assertEquals(1, calls.handled());
  }

  private String request(String method, String headerLines) {
    return RawHttp.post(client.target(PointerProbe.PATH), headerLines, BODY).replaceFirst("POST", method);
  }

  private void assertNotAllowed(RawAnswer answer) {
    assertEquals(405, answer.status(), answer::text);
    assertTrue(answer.hasHeader("Allow", "POST"), answer::text);
    assertStoppedBeforeVerify();
  }
}
