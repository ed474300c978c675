package io.hookwire.runtime.hardening;

import static io.hookwire.runtime.hardening.Outcomes.assertForgeryStopped;
import static io.hookwire.runtime.hardening.Outcomes.assertNoEcho;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Path tricks, sent byte for byte over a plain socket because the JDK client normalises some of
 * them. The rule: a request reaches a receiver only when its raw path is the receiver's path,
 * segment for segment, as {@code Hookwire#handle} matches it; anything else is {@code 404} (or
 * {@code 400} from Jetty). Parameter values may hold any escape, decoded after matching. The
 * deliveries are unsigned: those that do reach a receiver must be stopped by its verification.
 */
class PathRawTest {
  @RegisterExtension
  static final SharedProbeServer server = new SharedProbeServer(1024 * 1024);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      /probe/events                              | 403 | the path itself: verified, and the forgery refused
      /probe/events?next=<script>alert(1)</script> | 403 | the query string plays no part in routing
      http://elsewhere.example/probe/events      | 403 | absolute form: the host is not routed on
      /probe/events/../x                         | 404 | dot segments are not resolved
      /probe/x/../events                         | 404 | not even when they would lead to a receiver
      /probe/./events                            | 404 |
      /probe/events/.                            | 404 |
      /probe/%2e%2e/probe/events                 | 404 | encoded dot segments neither
      /probe/events/%2e%2e/x                     | 404 |
      //probe//events                            | 404 | empty segments are not dropped (Spark would)
      /probe//events                             | 404 |
      /probe%2Fevents                            | 404 | an encoded slash does not separate segments
      /probe/%65vents                            | 404 | a literal segment must be written as it is
      /probe/events/                             | 404 | a trailing slash makes another path
      /PROBE/events                              | 404 | paths are case-sensitive
      /probe/events;jsessionid=1                 | 404 | path parameters make another path
      /<script>alert(1)</script>                 | 404 | and the 404 does not echo it
      /probe/acme/hooks                          | 403 | a path parameter
      /probe/a%2Fb/hooks                         | 403 | a parameter value holding an encoded slash, a/b
      /probe/%2e%2e/hooks                        | 403 | a parameter value that decodes to ..
      /probe//hooks                              | 404 | an empty parameter value is no value
      //probe/acme//hooks                        | 404 |
      /probe/events%00                           | 400 | Jetty refuses an encoded NUL
      probe/events                               | 400 | Jetty refuses a path without its leading slash
      """)
  void aPathIsTakenAsItIs(String target, int status, String why) throws Exception {
    RawAnswer answer = server.get().raw().exchange(RawRequests.post(target, "", "{\"type\":\"order\"}"));

    assertEquals(status, answer.status(), answer::text);
    assertNoEcho(answer.body());
    assertForgeryStopped(server.calls());
    assertEquals(status == 403 ? 1 : 0, server.calls().verifications(), why);
  }
}
