package io.hookwire.runtime.hardening;

import static io.hookwire.runtime.hardening.Outcomes.assertNoEcho;
import static io.hookwire.runtime.hardening.Outcomes.assertStoppedBeforeVerify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed and oversized headers, over a plain socket because the JDK client will not send them:
 * Jetty refuses each before Hookwire sees the request, with {@code 400} or {@code 431}, never
 * {@code 500}; no header smuggled in after a CR reaches the receiver or the answer.
 */
class HeaderRawTest {
  private static final String INJECTED = "X-Injected";

  @RegisterExtension
  static final SharedProbeServer server = new SharedProbeServer(1024 * 1024);

  /** {@code \r}, {@code \n}, {@code \0} and {@code \1} in the rows stand for the bytes. */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      obs-fold, a header continued on the next line | X-Event: raw\\r\\n X-Injected: yes      | 400
      a bare CR inside a value                       | X-Event: raw\\rX-Injected: yes         | 400
      a NUL inside a value                           | X-Event: raw\\0X-Injected: yes         | 400
      a control character inside a value            | X-Event: <script>alert(1)</script>\\1 | 400
      markup in a header name                        | X-<script>alert(1)</script>: yes      | 400
      a space before the colon                       | X-Event : raw                         | 400
      a line that starts with a space                | ` X-Injected: yes`                    | 400
      a second Content-Length                        | Content-Length: 3                     | 400
      Transfer-Encoding beside Content-Length        | Transfer-Encoding: chunked            | 400
      """)
  void aMalformedHeaderIsRefusedByJetty(String input, String headerLine, int status) throws Exception {
    assertRefused(status, headerLine.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0")
        .replace("\\1", "\u0001") + "\r\n");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1,000 headers           | 431
      one header of 64 KiB    | 431
      """)
  void tooMuchHeaderIsRefusedByJetty(String input, int status) throws Exception {
    String lines = input.startsWith("1,000") ? manyHeaders(1_000) : "X-Event: " + "v".repeat(64 * 1024) + "\r\n";
    assertRefused(status, lines);
  }

  private static void assertRefused(int status, String headerLines) throws Exception {
    String path = HeaderProbe.PATH_PREFIX + "acme" + HeaderProbe.PATH_SUFFIX;
    RawAnswer answer = server.get().raw().exchange(RawRequests.post(path, headerLines, "{}"));

    assertEquals(status, answer.status(), answer::text);
    assertFalse(answer.hasHeader(INJECTED), answer::text);
    assertNoEcho(answer.body());
    assertStoppedBeforeVerify(server.calls());
  }

  private static String manyHeaders(int count) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("X-Header-").append(i).append(": value\r\n");
    }
    return lines.toString();
  }
}
