package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.StripeSignature.SIGNATURE;
import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.hexHmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stripe publishes the scheme ("Verify webhook signatures manually",
 * https://docs.stripe.com/webhooks#verify-manually) but no secret with a payload and its
 * signature. So the vector here was computed independently: {@code v1} is the hex HMAC-SHA256,
 * keyed with the UTF-8 bytes of the whole {@code whsec_…} string, of {@code t}, a full stop and
 * the raw body. The literal below came from Python's {@code hmac} module, and the test recomputes
 * it with plain {@code javax.crypto}; the timestamp is the one in Stripe's example header.
 */
class StripeSignatureTest {
  static final String SECRET = "whsec_hookwire_test_only_0000000000";
  static final String T = "1492774577";
  static final String BODY = "{\"id\": \"evt_test_webhook\", \"object\": \"event\"}";
  static final String V1 = "b69277f5baa7514a49f503c35c5f82343e4d4f0578fbc00c7ecadd9d7859f792";
  private static final String OTHER_V1 = "4e6f5160cef3d7e1d1c800c146d1eeba70d8900e2ba47e580fd6c78d428787d3";

  private final StripeSignature verifier = new StripeSignature(SECRET).withClock(at(1492774577L));

  @Test
  void computedVectorIsTheHmacOfTimestampDotBodyUnderTheSecretText() {
    assertEquals(V1, hexHmac(SECRET, T + "." + BODY));
  }

  @Test
  void acceptsTheVector() {
    assertDoesNotThrow(() -> verifier.verify(request("t=" + T + ",v1=" + V1)));
  }

  @Test
  void keysWithTheWholeSecretTextPrefixIncluded() {
    String withoutPrefix = hexHmac(SECRET.substring("whsec_".length()), T + "." + BODY);
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request("t=" + T + ",v1=" + withoutPrefix)));
  }

  @Test
  void acceptsAnyOfSeveralV1SignaturesAndIgnoresOtherSchemes() {
    String header = "t=" + T + ",v1=" + OTHER_V1 + ",v0=not-hex-and-ignored,v1=" + V1 + ",v9=x";
    assertDoesNotThrow(() -> verifier.verify(request(header)));
    assertDoesNotThrow(() -> verifier.verify(request("v1=" + V1 + ", t=" + T + ",")));
    assertDoesNotThrow(() -> verifier.verify(request(" ,\tt=" + T + " ,, v1=" + V1 + "\u2003,")));
  }

  @Test
  void rejectsWhenNoV1Matches() {
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request("t=" + T + ",v1=" + OTHER_V1)));
    WebhookRequest tampered = WebhookRequest.builder().body(BODY + " ").header(SIGNATURE, "t=" + T + ",v1=" + V1).build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, tampered));
  }

  static Stream<Arguments> malformedRequests() {
    return Stream.of(
        Arguments.of(WebhookRequest.builder().body(BODY).build(), Rejections.missing(SIGNATURE)),
        Arguments.of(request(""), Rejections.empty(SIGNATURE)),
        Arguments.of(WebhookRequest.builder().body(BODY)
                .header(SIGNATURE, "t=" + T + ",v1=" + V1).header(SIGNATURE, "t=" + T + ",v1=" + V1).build(),
            Rejections.duplicated(SIGNATURE)),
        Arguments.of(request("v1=" + V1), Rejections.malformed(SIGNATURE, "expected exactly one t= timestamp")),
        Arguments.of(request("t=" + T + ",t=" + T + ",v1=" + V1),
            Rejections.malformed(SIGNATURE, "expected exactly one t= timestamp")),
        Arguments.of(request("t=soon,v1=" + V1), Rejections.notNumeric(SIGNATURE)),
        Arguments.of(request("t=" + T + "000.0,v1=" + V1), Rejections.notNumeric(SIGNATURE)),
        Arguments.of(request("t=" + T), Rejections.noSignature(SIGNATURE, "v1")),
        Arguments.of(request("t=" + T + ",v0=" + V1), Rejections.noSignature(SIGNATURE, "v1")),
        Arguments.of(request("t=" + T + ",v1"), Rejections.malformed(SIGNATURE, "every entry must read label=value")),
        Arguments.of(request("t=" + T + ",v1="), Rejections.malformed(SIGNATURE, "every entry must read label=value")),
        Arguments.of(request("t=" + T + ",=" + V1), Rejections.malformed(SIGNATURE, "every entry must read label=value")),
        Arguments.of(request("t=" + T + ",v1 ,=" + V1), Rejections.malformed(SIGNATURE, "every entry must read label=value")),
        Arguments.of(request("t=" + T + ",v1=" + V1 + ",v1= ,"), Rejections.malformed(SIGNATURE, "every entry must read label=value")),
        // Whitespace around the separator belongs to the label or value, which then matches nothing.
        Arguments.of(request("t =" + T + ",v1=" + V1), Rejections.malformed(SIGNATURE, "expected exactly one t= timestamp")),
        Arguments.of(request("t=" + T + ",v1 =" + V1), Rejections.noSignature(SIGNATURE, "v1")),
        Arguments.of(request("t=" + T + ",v1= " + V1), Rejections.malformed(SIGNATURE, "65 characters where 64 hex digits are expected")),
        Arguments.of(request("t=" + T + ",v1=" + V1.replace('f', 'F')), Rejections.malformed(SIGNATURE, "not lower-case hexadecimal")),
        Arguments.of(request("t=" + T + ",v1=" + V1.substring(1)),
            Rejections.malformed(SIGNATURE, "63 characters where 64 hex digits are expected")),
        Arguments.of(request("t=" + T + ",v1=" + V1.replace('f', 'x')), Rejections.malformed(SIGNATURE, "not lower-case hexadecimal")),
        Arguments.of(request("t=" + T + ",v1=" + V1 + ",v1=" + V1.substring(2)),
            Rejections.malformed(SIGNATURE, "62 characters where 64 hex digits are expected")));
  }

  @ParameterizedTest
  @MethodSource("malformedRequests")
  void rejectsMalformedHeadersSayingWhichCheckFailed(WebhookRequest request, String reason) {
    assertEquals(reason, rejection(verifier::verify, request));
  }

  @Test
  void acceptsThePreviousSecretWhileRolling() {
    StripeSignature rolling = new StripeSignature("whsec_previous_secret", SECRET).withClock(at(1492774577L));
    assertDoesNotThrow(() -> rolling.verify(request("t=" + T + ",v1=" + V1)));
    assertDoesNotThrow(() -> rolling.verify(request("t=" + T + ",v1=" + OTHER_V1)));
  }

  @Test
  void refusesMissingEmptyOrUnprefixedSecrets() {
    assertThrows(NullPointerException.class, () -> new StripeSignature(null));
    assertThrows(IllegalArgumentException.class, () -> new StripeSignature(""));
    assertThrows(IllegalArgumentException.class, () -> new StripeSignature("whsec_"));
    assertThrows(IllegalArgumentException.class, () -> new StripeSignature("sk_test_1234567890"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StripeSignature(SECRET, "rk_live_previous"));
    assertEquals(false, e.getMessage().contains("rk_live_previous"));
  }

  @Test
  void textFormHoldsNoSecret() {
    assertEquals("StripeSignature[1 secret, tolerance 300 s]", verifier.toString());
  }

  private static WebhookRequest request(String header) {
    return WebhookRequest.builder().body(BODY).header(SIGNATURE, header).build();
  }
}
