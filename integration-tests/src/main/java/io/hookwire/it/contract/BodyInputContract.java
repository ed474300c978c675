package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.it.receivers.HeaderProbe;
import io.hookwire.it.receivers.PointerProbe;
import io.hookwire.it.receivers.ProbeSigning;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile bodies over HTTP, signed so that they pass verification and meet the parser: each is
 * refused with {@code 400} or {@code 415}, and no handler sees it. The body limit is 64 MiB, so
 * that 50 MB values reach Jackson, whose limits must stop them rather than the body limit.
 */
public abstract class BodyInputContract extends ProbeContract {
  private static final long LIMIT = 64L * 1024 * 1024;
  private static final int FIFTY_MB = 50_000_000;

  // Made once for every test and adapter that uses them: two of them are 50 MB.
  private static final List<Arguments> BAD_BODIES = List.of(
      bad("empty body", new byte[0], 400),
      bad("invalid UTF-8", invalidUtf8(), 400),
      bad("truncated JSON", utf8("{\"type\":\"order\",\"id\":\"" + MARKER), 400),
      bad("JSON nested 100,000 deep", deepNesting(100_000), 400),
      bad("a 50 MB number", order("\"serial\":" + repeat('7', FIFTY_MB)), 400),
      bad("a 50 MB string", order("\"id\":\"" + repeat('x', FIFTY_MB) + "\""), 400),
      bad("a 5,000-digit number", order("\"amount\":" + repeat('9', 5_000)), 400),
      bad("an exponent too large for BigInteger", order("\"serial\":1e999999999"), 400),
      bad("a number that does not fit an int", order("\"quantity\":99999999999"), 400));

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder.maxBodyBytes(LIMIT));
  }

  // Named, so that JUnit shows the description instead of rendering 50 MB arrays as text.
  private static Arguments bad(String input, byte[] body, int status) {
    return Arguments.of(Named.of(input, body), status);
  }

  /** Each bad body, with the status it earns. */
  static Stream<Arguments> badBodies() {
    return BAD_BODIES.stream();
  }

  @ParameterizedTest(name = "{0} to the pointer probe: {1}")
  @MethodSource("badBodies")
  void aBadBodyIsRefusedAfterVerification(byte[] body, int status) throws Exception {
    HttpResponse<String> response = postSigned(client, PointerProbe.PATH, body);

    assertEquals(status, response.statusCode(), response::body);
    assertEquals(textOf(status), response.body());
    assertNoEcho(response.body());
    assertStoppedAfterVerify();
  }

  @ParameterizedTest(name = "{0} to the header probe, typed event: {1}")
  @MethodSource("badBodies")
  void aBadBodyIsRefusedBeforeBinding(byte[] body, int status) throws Exception {
    HttpResponse<String> response = postSigned(client, headerProbePath(), body, HeaderProbe.EVENT_HEADER, "order");

    assertEquals(status, response.statusCode(), response::body);
    assertEquals(textOf(status), response.body());
    assertNoEcho(response.body());
    assertStoppedAfterVerify();
  }

  @ParameterizedTest(name = "{0}, unsigned: 403 and never parsed")
  @MethodSource("badBodies")
  void aBadBodyThatIsNotSignedIsNeverParsed(byte[] body, int status) throws Exception {
    HttpResponse<String> response = client.send(client.request(PointerProbe.PATH)
        .POST(BodyPublishers.ofByteArray(body)).header(ProbeSigning.HEADER, "sha256=" + "0".repeat(64)));

    assertEquals(403, response.statusCode());
    assertEquals("Request verification failed.", response.body());
    assertForgeryStopped();
  }

  @Test
  void aContentTypeThatIsNotJsonIsUnsupported() throws Exception {
    HttpResponse<String> response = postSigned(client, PointerProbe.PATH, utf8("{\"type\":\"order\"}"),
        "Content-Type", "text/html; charset=utf-8");

    assertEquals(415, response.statusCode());
    assertEquals("Unsupported media type.", response.body());
    assertStoppedAfterVerify();
  }

  @Test
  void aMissingContentTypeIsAccepted() throws Exception {
    HttpResponse<String> response = postSigned(client, PointerProbe.PATH, utf8("{\"type\":\"order\",\"id\":\"A-1\"}"));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(1, calls.handled());
  }

  @Test
  void invalidUtf8ReachesARawHandlerAsReplacementCharacters() throws Exception {
    HttpResponse<String> response = postSigned(client, headerProbePath(), invalidUtf8(), HeaderProbe.EVENT_HEADER, "raw");

    assertEquals(200, response.statusCode());
    assertEquals("raw", response.body());
  }

  private static String textOf(int status) {
    return status == 415 ? "Unsupported media type." : "Bad request.";
  }

  private static String headerProbePath() {
    return HeaderProbe.path("acme");
  }

  // 0xC3 opens a two-byte sequence that 0x28 does not continue; 0xFF is never valid.
  private static byte[] invalidUtf8() {
    byte[] start = utf8("{\"type\":\"order\",\"id\":\"");
    byte[] body = Arrays.copyOf(start, start.length + 4);
    body[start.length] = (byte) 0xC3;
    body[start.length + 1] = 0x28;
    body[start.length + 2] = (byte) 0xFF;
    body[start.length + 3] = '"';
    return body;
  }

  private static byte[] deepNesting(int depth) {
    return utf8("[".repeat(depth) + "]".repeat(depth));
  }

  private static byte[] order(String field) {
    return utf8("{\"type\":\"order\"," + field + "}");
  }

  private static String repeat(char c, int count) {
    return String.valueOf(c).repeat(count);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
