package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hookwire.it.receivers.HeaderProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed and oversized headers, over a plain socket because the JDK client will not send them:
 * the server refuses each before Hookwire sees the request, with {@code 400} or {@code 431}, never
 * {@code 500}; no header smuggled in after a CR reaches the receiver or the answer.
 */
public abstract class HeaderContract extends ProbeContract {
  private static final String INJECTED = "X-Injected";

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder);
  }

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
  void aMalformedHeaderIsRefusedByTheServer(String input, String headerLine, int status) throws Exception {
    assertRefused(status, headerLine.replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0")
        .replace("\\1", "\u0001") + "\r\n");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1,000 headers           | 431
      one header of 64 KiB    | 431
      """)
  void tooMuchHeaderIsRefusedByTheServer(String input, int status) throws Exception {
    String lines = input.startsWith("1,000") ? manyHeaders(1_000) : "X-Event: " + "v".repeat(64 * 1024) + "\r\n";
    assertRefused(status, lines);
  }

  private void assertRefused(int status, String headerLines) throws Exception {
    String target = client.target(HeaderProbe.path("acme"));
    RawAnswer answer = client.raw().exchange(RawHttp.post(target, headerLines, "{}"));

    assertEquals(status, answer.status(), answer::text);
    assertFalse(answer.hasHeader(INJECTED), answer::text);
    assertNoEcho(answer.body());
    assertStoppedBeforeVerify();
  }

  private static String manyHeaders(int count) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("X-Header-").append(i).append(": value\r\n");
    }
    return lines.toString();
  }
}
