package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.hexHmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static io.hookwire.runtime.verify.ZoomSignature.SIGNATURE;
import static io.hookwire.runtime.verify.ZoomSignature.TIMESTAMP;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.WebhookRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Zoom publishes no secret token with a signed event, so deliveries are signed here with plain javax.crypto. */
class ZoomSignatureTest {
  private static final String TOKEN = "zoom secret token";
  private static final String BODY = "{\"event\":\"meeting.started\",\"payload\":{\"object\":{\"id\":\"1\"}}}";
  private static final String SENT = "1658940994";

  private final ZoomSignature verifier = new ZoomSignature(TOKEN).withClock(at(1658940994L));

  @Test
  void acceptsTheHexHmacOfVersionTimestampAndBody() {
    assertDoesNotThrow(() -> verifier.verify(request(SENT, "v0=" + hexHmac(TOKEN, "v0:" + SENT + ":" + BODY))));
  }

  @Test
  void rejectsAnotherTimestampThanTheSignedOne() {
    String signature = "v0=" + hexHmac(TOKEN, "v0:" + SENT + ":" + BODY);
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request("1658940995", signature)));
  }

  @Test
  void rejectsMissingOrMalformedHeaders() {
    String hex = hexHmac(TOKEN, "v0:" + SENT + ":" + BODY);
    assertEquals(Rejections.missing(TIMESTAMP),
        rejection(verifier::verify, WebhookRequest.builder().body(BODY).header(SIGNATURE, "v0=" + hex).build()));
    assertEquals(Rejections.malformed(SIGNATURE, "expected the prefix v0="), rejection(verifier::verify, request(SENT, hex)));
    assertEquals(Rejections.notNumeric(TIMESTAMP), rejection(verifier::verify, request("1658940994000.0", "v0=" + hex)));
  }

  @Test
  void hasAFiveMinuteWindowByDefaultThatCanBeChanged() {
    String signature = "v0=" + hexHmac(TOKEN, "v0:" + SENT + ":" + BODY);
    ZoomSignature late = new ZoomSignature(TOKEN).withClock(at(1658940994L + 301));
    assertTrue(rejection(late::verify, request(SENT, signature)).startsWith(TIMESTAMP + " is outside the replay window"));
    assertDoesNotThrow(() -> late.withTolerance(Duration.ofMinutes(6)).verify(request(SENT, signature)));
    assertEquals("ZoomSignature[HmacSignature[x-zm-signature, SHA256 HEX of v0:{timestamp}:{body}, 1 secret, "
        + "tolerance 300 s]]", new ZoomSignature(TOKEN).toString());
  }

  @Test
  void acceptsThePreviousTokenDuringRotation() {
    ZoomSignature rotating = new ZoomSignature("new token", TOKEN).withClock(at(1658940994L));
    assertDoesNotThrow(() -> rotating.verify(request(SENT, "v0=" + hexHmac(TOKEN, "v0:" + SENT + ":" + BODY))));
  }

  private static WebhookRequest request(String timestamp, String signature) {
    return WebhookRequest.builder().body(BODY).header(TIMESTAMP, timestamp).header(SIGNATURE, signature).build();
  }
}
