package io.hookwire.test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every signer's requests pass its verifier, and only as long as they should. */
class SignersVerifiedTest {
  private static final String PATH = "/hooks";
  private static final String BODY = "{\"type\":\"ping\",\"text\":\"caf\u00e9 \u2615\"}";
  private static final Instant SIGNED_AT = Instant.parse("2026-03-01T12:00:00Z");
  /** The edge of the five minutes every timestamped verifier allows by default, still inside. */
  private static final Duration INSIDE = Duration.ofMinutes(5);
  private static final Duration OUTSIDE = Duration.ofMinutes(10);

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void aFreshRequestIsAccepted(Scheme scheme) {
    WebhookRequest request = scheme.signer.request(PATH, BODY);
    assertDoesNotThrow(() -> scheme.verifier().verify(request));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void aRequestSignedAtAnInstantIsAcceptedAnywhereInsideTheWindow(Scheme scheme) {
    WebhookRequest request = scheme.signer.at(SIGNED_AT).request(PATH, BODY);
    for (Instant now : new Instant[] {SIGNED_AT, SIGNED_AT.plus(INSIDE), SIGNED_AT.minus(INSIDE)}) {
      assertDoesNotThrow(() -> scheme.verifier(clock(now)).verify(request), "verified at " + now);
    }
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void aRequestSignedOutsideTheWindowIsRejectedOnlyWhereTheSchemeHasOne(Scheme scheme) {
    WebhookRequest old = scheme.signer.at(SIGNED_AT.minus(OUTSIDE)).request(PATH, BODY);
    WebhookRequest ahead = scheme.signer.at(SIGNED_AT.plus(OUTSIDE)).request(PATH, BODY);
    WebhookRequest tenMinutesAgo = scheme.signer.at(Instant.now().minus(OUTSIDE)).request(PATH, BODY);
    if (scheme.timestamped) {
      assertRejected(scheme.verifier(clock(SIGNED_AT)), old);
      assertRejected(scheme.verifier(clock(SIGNED_AT)), ahead);
      assertRejected(scheme.verifier(), tenMinutesAgo);
    } else {
      // Nothing the sender signs says when: such requests stay valid, which at() must not hide.
      assertDoesNotThrow(() -> scheme.verifier(clock(SIGNED_AT)).verify(old));
      assertDoesNotThrow(() -> scheme.verifier().verify(tenMinutesAgo));
    }
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void aChangedBodyIsRejectedWhereTheSchemeSignsIt(Scheme scheme) {
    WebhookRequest changed = scheme.signer.at(SIGNED_AT).request(PATH, BODY).toBuilder()
        .body(BODY.replace("ping", "pong")).build();
    if (scheme.signsBody) {
      assertRejected(scheme.verifier(clock(SIGNED_AT)), changed);
    } else {
      // A secret token proves the sender, not the body: the verifier's documented limit.
      assertDoesNotThrow(() -> scheme.verifier(clock(SIGNED_AT)).verify(changed));
    }
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void anotherSecretsRequestIsRejected(Scheme scheme) {
    assertRejected(scheme.verifier(), scheme.stranger.request(PATH, BODY));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void headersAloneOnABuiltRequestAreAccepted(Scheme scheme) {
    // Not UTF-8, as signatures cover the raw bytes; but Linear's body must be JSON with its timestamp.
    byte[] body = scheme == Scheme.LINEAR
        ? ((LinearSigner) scheme.signer).stamp("{\"x\":\"\u00ff\"}").getBytes(StandardCharsets.UTF_8)
        : new byte[] {0, (byte) 0xff, '\n', 'x'};
    WebhookRequest.Builder request = WebhookRequest.builder().body(body);
    scheme.signer.headers(body).forEach(request::header);
    assertDoesNotThrow(() -> scheme.verifier().verify(request.build()));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void oneSignerSignsFromManyThreadsAtOnce(Scheme scheme) {
    Scheme.Check verifier = scheme.verifier();
    IntStream.range(0, 200).parallel().forEach(i -> {
      WebhookRequest request = scheme.signer.request(PATH, "{\"n\":" + i + "}");
      assertDoesNotThrow(() -> verifier.verify(request));
    });
  }

  @Test
  void twilioFormRequestsAreAcceptedAndTheirFieldsSigned() {
    TwilioSigner twilio = (TwilioSigner) Scheme.TWILIO.signer;
    Map<String, String> fields = Map.of("From", "+14155550100", "Body", "caf\u00e9 & more", "To", "+1 555");
    WebhookRequest sms = twilio.formRequest("/twilio/sms", fields);
    assertDoesNotThrow(() -> Scheme.TWILIO.verifier().verify(sms));
    WebhookRequest changed = sms.toBuilder().body(sms.bodyString().replace("more", "less")).build();
    assertRejected(Scheme.TWILIO.verifier(), changed);
    assertRejected(Scheme.TWILIO.verifier(), ((TwilioSigner) Scheme.TWILIO.stranger).formRequest("/twilio/sms", fields));
  }

  private static void assertRejected(Scheme.Check verifier, WebhookRequest request) {
    RequestVerificationException e = assertThrows(RequestVerificationException.class, () -> verifier.verify(request));
    assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "a rejection says why");
  }

  private static Clock clock(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }
}
