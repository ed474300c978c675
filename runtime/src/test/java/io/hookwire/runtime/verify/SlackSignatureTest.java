package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.SlackSignature.SIGNATURE;
import static io.hookwire.runtime.verify.SlackSignature.TIMESTAMP;
import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.hexHmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.WebhookRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlackSignatureTest {
  // The worked example of Slack's "Verifying requests from Slack" guide
  // (https://api.slack.com/authentication/verifying-requests-from-slack): its placeholder signing
  // secret, timestamp and slash-command body, and the signature the guide says they produce.
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String TIMESTAMP_VALUE = "1531420618";
  static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
      + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
      + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
      + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
      + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  static final String DOCUMENTED_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  private final SlackSignature verifier = new SlackSignature(SECRET).withClock(at(1531420618L));

  static WebhookRequest.Builder documented() {
    return WebhookRequest.builder().body(BODY)
        .header(TIMESTAMP, TIMESTAMP_VALUE).header(SIGNATURE, DOCUMENTED_SIGNATURE);
  }

  @Test
  void acceptsSlacksDocumentedExample() {
    assertDoesNotThrow(() -> verifier.verify(documented().build()));
  }

  @Test
  void documentedSignatureIsTheHmacOfTheVersionTimestampAndBody() {
    assertEquals(DOCUMENTED_SIGNATURE, "v0=" + hexHmac(SECRET, "v0:" + TIMESTAMP_VALUE + ":" + BODY));
  }

  @Test
  void rejectsUpperCaseHexAsSlacksOwnLibrariesDo() {
    String upper = "v0=" + DOCUMENTED_SIGNATURE.substring(3).toUpperCase(java.util.Locale.ROOT);
    assertEquals(Rejections.malformed(SIGNATURE, "not lower-case hexadecimal"),
        rejection(verifier::verify, request(TIMESTAMP_VALUE, upper)));
  }

  @Test
  void rejectsAnotherBody() {
    WebhookRequest request = documented().body(BODY + "&x=1").build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request));
  }

  @Test
  void rejectsAnotherSecret() {
    SlackSignature other = new SlackSignature("another secret").withClock(at(1531420618L));
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(other::verify, documented().build()));
  }

  static Stream<Arguments> malformedRequests() {
    String hex = DOCUMENTED_SIGNATURE.substring(3);
    return Stream.of(
        Arguments.of(WebhookRequest.builder().body(BODY).header(SIGNATURE, DOCUMENTED_SIGNATURE).build(),
            Rejections.missing(TIMESTAMP)),
        Arguments.of(WebhookRequest.builder().body(BODY).header(TIMESTAMP, TIMESTAMP_VALUE).build(),
            Rejections.missing(SIGNATURE)),
        Arguments.of(request(" ", DOCUMENTED_SIGNATURE), Rejections.empty(TIMESTAMP)),
        Arguments.of(request(TIMESTAMP_VALUE, ""), Rejections.empty(SIGNATURE)),
        Arguments.of(documented().header(TIMESTAMP, TIMESTAMP_VALUE).build(), Rejections.duplicated(TIMESTAMP)),
        Arguments.of(documented().header(SIGNATURE, DOCUMENTED_SIGNATURE).build(), Rejections.duplicated(SIGNATURE)),
        Arguments.of(request("1531420618.5", DOCUMENTED_SIGNATURE), Rejections.notNumeric(TIMESTAMP)),
        Arguments.of(request("-1531420618", DOCUMENTED_SIGNATURE), Rejections.notNumeric(TIMESTAMP)),
        Arguments.of(request("yesterday", DOCUMENTED_SIGNATURE), Rejections.notNumeric(TIMESTAMP)),
        Arguments.of(request(TIMESTAMP_VALUE, hex), Rejections.malformed(SIGNATURE, "expected the prefix v0=")),
        Arguments.of(request(TIMESTAMP_VALUE, "v1=" + hex), Rejections.malformed(SIGNATURE, "expected the prefix v0=")),
        Arguments.of(request(TIMESTAMP_VALUE, "v0=" + hex.substring(2)),
            Rejections.malformed(SIGNATURE, "62 characters where 64 hex digits are expected")),
        Arguments.of(request(TIMESTAMP_VALUE, "v0=" + hex + "00"),
            Rejections.malformed(SIGNATURE, "66 characters where 64 hex digits are expected")),
        Arguments.of(request(TIMESTAMP_VALUE, "v0=" + hex.replace('a', 'g')), Rejections.malformed(SIGNATURE, "not lower-case hexadecimal")));
  }

  @ParameterizedTest
  @MethodSource("malformedRequests")
  void rejectsMalformedHeadersSayingWhichCheckFailed(WebhookRequest request, String reason) {
    assertEquals(reason, rejection(verifier::verify, request));
  }

  @Test
  void acceptsThePreviousSecretDuringRotation() {
    SlackSignature rotating = new SlackSignature("the new secret", SECRET).withClock(at(1531420618L));
    assertDoesNotThrow(() -> rotating.verify(documented().build()));
  }

  @Test
  void refusesMissingOrEmptySecrets() {
    assertThrows(NullPointerException.class, () -> new SlackSignature(null));
    assertThrows(IllegalArgumentException.class, () -> new SlackSignature(""));
    assertThrows(IllegalArgumentException.class, () -> new SlackSignature(" \n"));
    assertThrows(NullPointerException.class, () -> new SlackSignature(SECRET, (String) null));
    assertThrows(NullPointerException.class, () -> new SlackSignature(SECRET, (String[]) null));
    assertThrows(IllegalArgumentException.class, () -> new SlackSignature(SECRET, ""));
  }

  @Test
  void neitherTextFormNorRejectionsRevealTheSecretOrExpectedSignature() {
    SlackSignature rotating = new SlackSignature(SECRET, "previous-secret");
    assertEquals("SlackSignature[2 secrets, tolerance 300 s]", rotating.toString());
    String reason = rejection(verifier::verify, documented().body("tampered").build());
    assertFalse(reason.contains(SECRET));
    assertFalse(reason.contains(hexHmac(SECRET, "v0:" + TIMESTAMP_VALUE + ":tampered")));
  }

  @Test
  void withClockLeavesTheOriginalVerifierOnTheSystemClock() {
    SlackSignature base = new SlackSignature(SECRET);
    SlackSignature fixed = base.withClock(at(1531420618L));
    assertDoesNotThrow(() -> fixed.verify(documented().build()));
    assertTrue(rejection(base::verify, documented().build()).startsWith(TIMESTAMP + " is outside the replay window: sent "));
  }

  private static WebhookRequest request(String timestamp, String signature) {
    return WebhookRequest.builder().body(BODY).header(TIMESTAMP, timestamp).header(SIGNATURE, signature).build();
  }
}
