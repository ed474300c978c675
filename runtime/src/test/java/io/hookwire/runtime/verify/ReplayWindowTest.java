package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static io.hookwire.runtime.verify.TestSigning.utf8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The replay window of the timestamped schemes, at and just beyond its edges. */
class ReplayWindowTest {
  private static final long SENT = 1_700_000_000L;
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private static final byte[] BODY = utf8("{\"event\":\"ping\"}");

  @ParameterizedTest
  @EnumSource(value = Provider.class, names = {"SLACK", "STRIPE", "STANDARD_WEBHOOKS", "ZOOM", "DISCORD",
      "STANDARD_WEBHOOKS_ED25519", "LINEAR"})
  void acceptsAtBothEdgesOfTheWindow(Provider provider) {
    WebhookRequest request = provider.signed(Long.toString(SENT), BODY);
    assertDoesNotThrow(() -> provider.verifier(at(SENT + 300), FIVE_MINUTES).verify(request));
    assertDoesNotThrow(() -> provider.verifier(at(SENT - 300), FIVE_MINUTES).verify(request));
    assertDoesNotThrow(() -> provider.verifier(at(SENT), Duration.ZERO).verify(request));
  }

  @ParameterizedTest
  @EnumSource(value = Provider.class, names = {"SLACK", "STRIPE", "STANDARD_WEBHOOKS", "ZOOM", "DISCORD",
      "STANDARD_WEBHOOKS_ED25519", "LINEAR"})
  void rejectsOneSecondBeyondEitherEdge(Provider provider) {
    WebhookRequest request = provider.signed(Long.toString(SENT), BODY);
    String header = timestampHeader(provider);
    assertEquals(Rejections.tooOld(header, 301, 300), rejection(provider.verifier(at(SENT + 301), FIVE_MINUTES), request));
    assertEquals(Rejections.inFuture(header, 301, 300), rejection(provider.verifier(at(SENT - 301), FIVE_MINUTES), request));
  }

  @ParameterizedTest
  @EnumSource(value = Provider.class, names = {"SLACK", "STRIPE", "STANDARD_WEBHOOKS", "ZOOM", "DISCORD",
      "STANDARD_WEBHOOKS_ED25519", "LINEAR"})
  void rejectsAFractionOfASecondBeyondTheEdge(Provider provider) {
    WebhookRequest request = provider.signed(Long.toString(SENT), BODY);
    Clock justLate = Clock.fixed(Instant.ofEpochSecond(SENT + 300, 1), ZoneOffset.UTC);
    Clock justEarly = Clock.fixed(Instant.ofEpochSecond(SENT - 300, -1), ZoneOffset.UTC);
    assertTrue(rejection(provider.verifier(justLate, FIVE_MINUTES), request).contains("outside the replay window"));
    assertTrue(rejection(provider.verifier(justEarly, FIVE_MINUTES), request).contains("outside the replay window"));
  }

  @ParameterizedTest
  @EnumSource(value = Provider.class, names = {"SLACK", "STRIPE", "STANDARD_WEBHOOKS", "ZOOM", "DISCORD",
      "STANDARD_WEBHOOKS_ED25519", "LINEAR"})
  void followsAWiderOrNarrowerTolerance(Provider provider) {
    WebhookRequest request = provider.signed(Long.toString(SENT), BODY);
    assertDoesNotThrow(() -> provider.verifier(at(SENT + 3600), Duration.ofHours(1)).verify(request));
    assertEquals(Rejections.tooOld(timestampHeader(provider), 31, 30),
        rejection(provider.verifier(at(SENT + 31), Duration.ofSeconds(30)), request));
  }

  @ParameterizedTest
  @EnumSource(value = Provider.class, names = {"SLACK", "STRIPE", "STANDARD_WEBHOOKS", "ZOOM", "DISCORD",
      "STANDARD_WEBHOOKS_ED25519"})
  void rejectsTimestampsBeyondWhatAnInstantHolds(Provider provider) {
    String header = timestampHeader(provider);
    WebhookRequest farFuture = provider.signed("999999999999999999", BODY);
    assertTrue(rejection(provider.verifier(at(SENT), FIVE_MINUTES), farFuture).startsWith(header + " is outside the replay window: "));
    WebhookRequest tooLong = provider.signed("9999999999999999999", BODY);
    assertEquals(Rejections.notNumeric(header), rejection(provider.verifier(at(SENT), FIVE_MINUTES), tooLong));
  }

  @ParameterizedTest
  @EnumSource(value = Provider.class, names = {"SLACK", "STRIPE", "STANDARD_WEBHOOKS", "ZOOM", "DISCORD",
      "STANDARD_WEBHOOKS_ED25519"})
  void acceptsTheZeroPaddedTimestampItWasSignedWith(Provider provider) {
    WebhookRequest request = provider.signed("0" + SENT, BODY);
    assertDoesNotThrow(() -> provider.verifier(at(SENT), FIVE_MINUTES).verify(request));
  }

  @Test
  void defaultsToFiveMinutesOnTheSystemClockAndCopiesOnChange() {
    SlackSignature base = new SlackSignature(Provider.SECRET);
    SlackSignature wide = base.withTolerance(Duration.ofMinutes(10));
    assertEquals("SlackSignature[1 secret, tolerance 300 s]", base.toString());
    assertEquals("SlackSignature[1 secret, tolerance 600 s]", wide.toString());
    long now = Instant.now().getEpochSecond();
    WebhookRequest fresh = Provider.SLACK.signed(Long.toString(now), BODY);
    assertDoesNotThrow(() -> base.verify(fresh));
  }

  @Test
  void refusesANegativeOrMissingToleranceOrClock() {
    assertThrows(IllegalArgumentException.class, () -> new SlackSignature("s").withTolerance(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> new StripeSignature("whsec_s").withTolerance(null));
    assertThrows(NullPointerException.class, () -> new StandardWebhooks("whsec_AAAA").withClock(null));
  }

  private static String timestampHeader(Provider provider) {
    return switch (provider) {
      case SLACK -> SlackSignature.TIMESTAMP;
      case STRIPE -> StripeSignature.SIGNATURE;
      case ZOOM -> ZoomSignature.TIMESTAMP;
      case DISCORD -> DiscordSignature.TIMESTAMP;
      case LINEAR -> LinearSignature.TIMESTAMP_FIELD;
      default -> StandardWebhooks.TIMESTAMP;
    };
  }
}
