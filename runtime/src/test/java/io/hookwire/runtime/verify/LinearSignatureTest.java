package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.LinearSignature.SIGNATURE;
import static io.hookwire.runtime.verify.LinearSignature.TIMESTAMP_FIELD;
import static io.hookwire.runtime.verify.TestSigning.hexHmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Linear publishes no secret with a signed payload, so deliveries are signed here with plain javax.crypto. */
class LinearSignatureTest {
  private static final String SECRET = "lin_wh_secret";
  private static final long SENT_MILLIS = 1_676_056_940_508L;
  private static final String BODY = "{\"action\":\"create\",\"type\":\"Issue\",\"data\":{\"id\":\"1\","
      + "\"webhookTimestamp\":1},\"webhookTimestamp\":" + SENT_MILLIS + "}";

  private final LinearSignature verifier = new LinearSignature(SECRET).withClock(clock(SENT_MILLIS));

  @Test
  void acceptsTheHexHmacOfTheBodyWithAFreshTopLevelTimestamp() {
    assertDoesNotThrow(() -> verifier.verify(signed(BODY)));
  }

  @Test
  void checksTheSignatureBeforeReadingTheBody() {
    WebhookRequest forged = WebhookRequest.builder().body("not json").header(SIGNATURE, hexHmac("guess", "x")).build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, forged));
  }

  @Test
  void refusesASignedBodyWithoutAUsableTimestamp() {
    assertEquals(Rejections.bodyField(TIMESTAMP_FIELD, "is missing"),
        rejection(verifier::verify, signed("{\"data\":{\"webhookTimestamp\":" + SENT_MILLIS + "}}")));
    assertEquals(Rejections.bodyField(TIMESTAMP_FIELD, "is not a Unix time in milliseconds"),
        rejection(verifier::verify, signed("{\"webhookTimestamp\":\"" + SENT_MILLIS + "\"}")));
    assertEquals(Rejections.bodyField(TIMESTAMP_FIELD, "is not a Unix time in milliseconds"),
        rejection(verifier::verify, signed("{\"webhookTimestamp\":" + SENT_MILLIS + ".5}")));
    assertEquals(Rejections.bodyField(TIMESTAMP_FIELD, "is missing: the body is not a JSON object"),
        rejection(verifier::verify, signed("[1]")));
    assertEquals(Rejections.bodyField(TIMESTAMP_FIELD, "is missing: the body is not valid JSON"),
        rejection(verifier::verify, signed("{\"a\":}")));
  }

  @Test
  void hasAOneMinuteWindowByDefaultToTheMillisecond() {
    LinearSignature base = new LinearSignature(SECRET);
    assertDoesNotThrow(() -> base.withClock(clock(SENT_MILLIS + 60_000)).verify(signed(BODY)));
    assertDoesNotThrow(() -> base.withClock(clock(SENT_MILLIS - 60_000)).verify(signed(BODY)));
    assertEquals(Rejections.tooOld(TIMESTAMP_FIELD, 60, 60),
        rejection(base.withClock(clock(SENT_MILLIS + 60_001))::verify, signed(BODY)));
    assertEquals(Rejections.inFuture(TIMESTAMP_FIELD, 60, 60),
        rejection(base.withClock(clock(SENT_MILLIS - 60_001))::verify, signed(BODY)));
    assertDoesNotThrow(() -> base.withClock(clock(SENT_MILLIS + 120_000)).withTolerance(Duration.ofMinutes(2))
        .verify(signed(BODY)));
  }

  @Test
  void rejectsAnotherBodyOrAMalformedSignature() {
    WebhookRequest altered = signed(BODY).toBuilder().body(BODY.replace("create", "remove")).build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, altered));
    WebhookRequest prefixed = WebhookRequest.builder().body(BODY).header(SIGNATURE, "sha256=" + hexHmac(SECRET, BODY)).build();
    assertEquals(Rejections.malformed(SIGNATURE, "71 characters where 64 hex digits are expected"),
        rejection(verifier::verify, prefixed));
  }

  @Test
  void acceptsThePreviousSecretDuringRotation() {
    assertDoesNotThrow(() -> new LinearSignature("new", SECRET).withClock(clock(SENT_MILLIS)).verify(signed(BODY)));
  }

  private static WebhookRequest signed(String body) {
    return WebhookRequest.builder().body(body).header(SIGNATURE, hexHmac(SECRET, body)).build();
  }

  private static Clock clock(long epochMillis) {
    return Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
  }
}
