package io.hookwire.runtime.hardening;

import static io.hookwire.runtime.hardening.Outcomes.assertStoppedBeforeVerify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every method other than {@code POST}, as written on the request line, is answered {@code 405}
 * with {@code Allow: POST} before anything is read or verified: unknown methods and a lower-case
 * {@code post} too (methods are case-sensitive), and Spark's {@code X-HTTP-Method-Override} header
 * changes nothing.
 */
class MethodRawTest {
  private static final String BODY = "{\"type\":\"order\"}";

  @RegisterExtension
  static final SharedProbeServer server = new SharedProbeServer(1024 * 1024);

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD", "PROPFIND", "FOO", "post"})
  void aMethodOtherThanPostIsNotAllowed(String method) throws Exception {
    RawAnswer answer = server.get().raw().exchange(request(method, ""));

    assertNotAllowed(answer);
  }

  @Test
  void anOverrideHeaderDoesNotTurnAGetIntoAPost() throws Exception {
    assertNotAllowed(server.get().raw().exchange(request("GET", "X-HTTP-Method-Override: POST\r\n")));
  }

  @Test
  void anOverrideHeaderDoesNotTurnAPostIntoAGet() throws Exception {
    String signature = Signing.HEADER + ": " + Signing.signature(BODY.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    RawAnswer answer = server.get().raw().exchange(request("POST", signature + "X-HTTP-Method-Override: GET\r\n"));

    assertEquals(200, answer.status(), answer::text);
    assertEquals(1, server.calls().handled());
  }

  private static String request(String method, String headerLines) {
    return RawRequests.post(PointerProbe.PATH, headerLines, BODY).replaceFirst("POST", method);
  }

  private static void assertNotAllowed(RawAnswer answer) {
    assertEquals(405, answer.status(), answer::text);
    assertTrue(answer.hasHeader("Allow", "POST"), answer::text);
    assertStoppedBeforeVerify(server.calls());
  }
}
