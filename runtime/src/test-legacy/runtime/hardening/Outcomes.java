package io.hookwire.runtime.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the hardening tests assert about where a hostile request was stopped. */
final class Outcomes {
  /** Put into hostile input so that an answer echoing it unescaped is easy to spot. */
  static final String MARKER = "<script>alert(1)</script>";

  private Outcomes() {}

  /** Refused before {@code @Verify} ran: by Jetty, by routing, by the method or the body limit. */
  static void assertStoppedBeforeVerify(Calls calls) {
    assertEquals(0, calls.verifications(), () -> "@Verify ran: " + calls);
    assertEquals(0, calls.handled(), () -> "a handler ran: " + calls);
  }

  /** Verified, then refused while parsing: no handler ran. */
  static void assertStoppedAfterVerify(Calls calls) {
    assertEquals(1, calls.verified(), () -> "not verified once: " + calls);
    assertEquals(0, calls.handled(), () -> "a handler ran: " + calls);
  }

  /** Refused by verification: no handler ran. */
  static void assertForgeryStopped(Calls calls) {
    assertEquals(0, calls.verified(), () -> "a forgery passed @Verify: " + calls);
    assertEquals(0, calls.handled(), () -> "a forgery reached a handler: " + calls);
  }

  /** The answer repeats nothing of the hostile input. */
  static void assertNoEcho(String answer) {
    assertFalse(answer.contains(MARKER), () -> "the answer echoes the input: " + answer);
    assertFalse(answer.contains("alert(1)"), () -> "the answer echoes the input: " + answer);
  }
}
