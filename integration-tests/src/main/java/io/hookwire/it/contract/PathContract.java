package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Path tricks, sent byte for byte over a plain socket because the JDK client normalises some of
 * them. The rule: a request reaches a receiver only when its raw path is the receiver's path,
 * segment for segment; any other path is the application's, which has none of them here
 * ({@code 404}), unless the server refuses it first ({@code 400}). Parameter values may hold any
 * escape of UTF-8 text, decoded after matching; a value that is not percent-encoded UTF-8 is
 * refused by Hookwire with its own {@code 400} before verification, unless the server refused it
 * already, as Jetty does a malformed escape ({@code %zz}). The deliveries are unsigned: those that
 * do reach a receiver must be stopped by its verification, with its plain-text answer.
 */
public abstract class PathContract extends ProbeContract {
  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      /probe/events                              | 403 | the path itself: verified, and the forgery refused
      /probe/events?next=<script>alert(1)</script> | 403 | the query string plays no part in routing
      http://localhost/probe/events              | 403 | absolute form: only the path is routed on
      /probe/events/../x                         | 404 | dot segments are not resolved
      /probe/x/../events                         | 404 | not even when they would lead to a receiver
      /probe/./events                            | 404 |
      /probe/events/.                            | 404 |
      /probe/%2e%2e/probe/events                 | 404 | encoded dot segments neither
      /probe/events/%2e%2e/x                     | 404 |
      //probe//events                            | 404 | empty segments are not dropped
      /probe//events                             | 404 |
      /probe%2Fevents                            | 404 | an encoded slash does not separate segments
      /probe/%65vents                            | 404 | a literal segment must be written as it is
      /probe/events/                             | 404 | a trailing slash makes another path
      /PROBE/events                              | 404 | paths are case-sensitive
      /probe/events;jsessionid=1                 | 404 | path parameters make another path
      /<script>alert(1)</script>                 | 404 | markup is just another path
      /probe/acme/hooks                          | 403 | a path parameter
      /probe/a%2Fb/hooks                         | 403 | a parameter value holding an encoded slash, a/b
      /probe/%2e%2e/hooks                        | 403 | a parameter value that decodes to ..
      /probe/%zz/hooks                           | 400 | the servers refuse a malformed escape, as Hookwire would
      /probe/a%/hooks                            | 400 |
      /probe//hooks                              | 404 | an empty parameter value is no value
      //probe/acme//hooks                        | 404 |
      /probe/events%00                           | 400 | the server refuses an encoded NUL
      probe/events                               | 400 | the server refuses a path without its leading slash
      """)
  void aPathIsTakenAsItIs(String target, int status, String why) throws Exception {
    RawAnswer answer = client.raw().exchange(RawHttp.post(withPrefix(target), "", "{\"type\":\"order\"}"));

    assertEquals(status, answer.status(), answer::text);
    if (status != 404) {
      // A 404 is the application's page, not Hookwire's: what it shows is the application's business.
      assertNoEcho(answer.body());
    }
    assertForgeryStopped();
    assertEquals(status == 403 ? 1 : 0, calls.verifications(), why);
    if (status == 403) {
      assertEquals("Request verification failed.", answer.body());
      assertTrue(answer.header("Content-Type").orElse("").startsWith("text/plain"), answer::text);
    }
  }

  /**
   * The receiver's path, but a parameter value that is not UTF-8: no decoding of it is safe to hand
   * to {@code @Verify} (replacement characters would let other bytes pass for the same value), so
   * Hookwire refuses it first, with its own answer.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      /probe/%C0%AF/hooks | an overlong encoding of / is not UTF-8: decoded to nothing, a slash least of all
      /probe/%FF/hooks    | nor is a byte that is never UTF-8
      """)
  void aParameterThatIsNotUtf8IsRefusedBeforeVerify(String target, String why) throws Exception {
    RawAnswer answer = client.raw().exchange(RawHttp.post(withPrefix(target), "", "{\"type\":\"order\"}"));

    assertEquals(400, answer.status(), answer::text);
    assertEquals("Bad request.", answer.body(), why);
    assertTrue(answer.header("Content-Type").orElse("").startsWith("text/plain"), answer::text);
    assertStoppedBeforeVerify();
  }

  /** {@code target} under the server's prefix, for each form a request target may take here. */
  private String withPrefix(String target) {
    String prefix = client.target("");
    if (prefix.isEmpty()) {
      return target;
    }
    if (target.startsWith("http://")) {
      int path = target.indexOf('/', "http://".length());
      return target.substring(0, path) + prefix + target.substring(path);
    }
    // Without its leading slash, the prefix loses its own, so that the target still has none.
    return target.startsWith("/") ? prefix + target : prefix.substring(1) + "/" + target;
  }
}
