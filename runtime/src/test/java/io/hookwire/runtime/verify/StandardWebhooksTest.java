package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.StandardWebhooks.ID;
import static io.hookwire.runtime.verify.StandardWebhooks.SIGNATURE;
import static io.hookwire.runtime.verify.StandardWebhooks.TIMESTAMP;
import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.base64Hmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StandardWebhooksTest {
  // The signing test vector of the Standard Webhooks reference libraries
  // (standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts, "sign function
  // works"; the other languages' tests share it): this secret, message id, timestamp and payload
  // sign to this v1 signature.
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final String TIMESTAMP_VALUE = "1614265330";
  static final String BODY = "{\"test\": 2432232314}";
  static final String SIGNED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  // Well-formed v1 signatures that match nothing, from the reference "multi sig payload" test.
  private static final String STRANGER = "Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

  private final StandardWebhooks verifier = new StandardWebhooks(SECRET).withClock(at(1614265330L));

  @Test
  void acceptsTheReferenceVector() {
    assertDoesNotThrow(() -> verifier.verify(request(SIGNED)));
  }

  @Test
  void referenceVectorIsTheHmacOfIdTimestampAndBodyUnderTheDecodedSecret() {
    byte[] key = Base64.getDecoder().decode(SECRET.substring("whsec_".length()));
    assertEquals(SIGNED, "v1," + base64Hmac(key, MSG_ID + "." + TIMESTAMP_VALUE + "." + BODY));
  }

  @Test
  void acceptsAnyV1InTheListAndIgnoresOtherVersions() {
    String list = "v1," + STRANGER + " v2," + STRANGER + " v1a,anything-goes " + SIGNED + " v1," + STRANGER;
    assertDoesNotThrow(() -> verifier.verify(request(list)));
  }

  @Test
  void signsAnIdThatIsNotAsciiInUtf8() {
    String id = "msg_\u00fc\u20ac\uD83D\uDE00";
    byte[] key = Base64.getDecoder().decode(SECRET.substring("whsec_".length()));
    String signature = "v1," + base64Hmac(key, id + "." + TIMESTAMP_VALUE + "." + BODY);
    WebhookRequest request = WebhookRequest.builder().body(BODY)
        .header(ID, id).header(TIMESTAMP, TIMESTAMP_VALUE).header(SIGNATURE, signature).build();
    assertDoesNotThrow(() -> verifier.verify(request));
  }

  @Test
  void acceptsTheSecretWithoutItsPrefixAsTheReferenceLibrariesDo() {
    StandardWebhooks unprefixed = new StandardWebhooks(SECRET.substring("whsec_".length())).withClock(at(1614265330L));
    assertDoesNotThrow(() -> unprefixed.verify(request(SIGNED)));
  }

  @Test
  void rejectsAnotherIdOrBody() {
    WebhookRequest otherId = WebhookRequest.builder().body(BODY).header(ID, "msg_other")
        .header(TIMESTAMP, TIMESTAMP_VALUE).header(SIGNATURE, SIGNED).build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, otherId));
    WebhookRequest otherBody = otherId.toBuilder().body(BODY + "\n").build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, otherBody));
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request("v1," + STRANGER)));
  }

  static Stream<Arguments> malformedRequests() {
    WebhookRequest good = request(SIGNED);
    return Stream.of(
        Arguments.of(without(good, ID), Rejections.missing(ID)),
        Arguments.of(without(good, TIMESTAMP), Rejections.missing(TIMESTAMP)),
        Arguments.of(without(good, SIGNATURE), Rejections.missing(SIGNATURE)),
        Arguments.of(good.toBuilder().header(ID, "msg_2").build(), Rejections.duplicated(ID)),
        Arguments.of(good.toBuilder().header("Webhook-Timestamp", TIMESTAMP_VALUE).build(), Rejections.duplicated(TIMESTAMP)),
        Arguments.of(good.toBuilder().header(SIGNATURE, SIGNED).build(), Rejections.duplicated(SIGNATURE)),
        Arguments.of(without(good, ID).toBuilder().header(ID, "").build(), Rejections.empty(ID)),
        Arguments.of(request(" "), Rejections.empty(SIGNATURE)),
        Arguments.of(without(good, TIMESTAMP).toBuilder().header(TIMESTAMP, "hello").build(), Rejections.notNumeric(TIMESTAMP)),
        Arguments.of(request("v1,dawfeoifkpqwoekfpqoekf"),
            Rejections.malformed(SIGNATURE, "22 characters where 44 base64 characters are expected")),
        Arguments.of(request(SIGNED.substring(0, 8)),
            Rejections.malformed(SIGNATURE, "5 characters where 44 base64 characters are expected")),
        Arguments.of(request("v1,"), Rejections.malformed(SIGNATURE, "every entry must read label,value")),
        Arguments.of(request(SIGNED.substring(3)), Rejections.malformed(SIGNATURE, "every entry must read label,value")),
        Arguments.of(request("v1=" + SIGNED.substring(3)), Rejections.malformed(SIGNATURE, "every entry must read label,value")),
        Arguments.of(request("v1,%%%%" + SIGNED.substring(7)), Rejections.malformed(SIGNATURE, "not base64")),
        Arguments.of(request(SIGNED.substring(0, SIGNED.length() - 1)),
            Rejections.malformed(SIGNATURE, "43 characters where 44 base64 characters are expected")),
        Arguments.of(request(SIGNED.replace("OE=", "OF=")), Rejections.malformed(SIGNATURE, "not canonical padded base64")),
        // The checks fail as java.util.Base64's basic decoder would, and in its order.
        Arguments.of(request(SIGNED.replace("OE=", "OEA")), Rejections.malformed(SIGNATURE, "33 bytes where 32 are expected")),
        Arguments.of(request(SIGNED.replace("OE=", "O==")), Rejections.malformed(SIGNATURE, "31 bytes where 32 are expected")),
        Arguments.of(request(SIGNED.replace("OE=", "=E=")), Rejections.malformed(SIGNATURE, "not base64")),
        Arguments.of(request(SIGNED.replace("OE=", "OEé")), Rejections.malformed(SIGNATURE, "not base64")),
        Arguments.of(request(SIGNED.replace("g0h", "g-h")), Rejections.malformed(SIGNATURE, "not base64")),
        Arguments.of(request("v2," + SIGNED.substring(3)), Rejections.noSignature(SIGNATURE, "v1")),
        Arguments.of(request("v1a," + SIGNED.substring(3)), Rejections.noSignature(SIGNATURE, "v1")));
  }

  @ParameterizedTest
  @MethodSource("malformedRequests")
  void rejectsMalformedHeadersSayingWhichCheckFailed(WebhookRequest request, String reason) {
    assertEquals(reason, rejection(verifier::verify, request));
  }

  @Test
  void acceptsThePreviousSecretDuringRotation() {
    String next = "whsec_" + Base64.getEncoder().encodeToString("a fresh key of thirty-two bytes!".getBytes());
    StandardWebhooks rotating = new StandardWebhooks(next, SECRET).withClock(at(1614265330L));
    assertDoesNotThrow(() -> rotating.verify(request(SIGNED)));
  }

  @Test
  void refusesMissingEmptyOrUndecodableSecrets() {
    assertThrows(NullPointerException.class, () -> new StandardWebhooks(null));
    assertThrows(IllegalArgumentException.class, () -> new StandardWebhooks(""));
    assertThrows(IllegalArgumentException.class, () -> new StandardWebhooks("whsec_"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new StandardWebhooks(SECRET, "whsec_not*base64"));
    assertEquals("a Standard Webhooks secret is whsec_ followed by base64", e.getMessage());
  }

  @Test
  void textFormHoldsNoSecret() {
    assertEquals("StandardWebhooks[1 secret, tolerance 300 s]", verifier.toString());
  }

  private static WebhookRequest request(String signature) {
    return WebhookRequest.builder().body(BODY)
        .header(ID, MSG_ID).header(TIMESTAMP, TIMESTAMP_VALUE).header(SIGNATURE, signature).build();
  }

  private static WebhookRequest without(WebhookRequest request, String header) {
    WebhookRequest.Builder copy = WebhookRequest.builder().body(request.bodyBytes());
    for (String name : request.headerNames()) {
      if (!name.equalsIgnoreCase(header)) {
        request.headers(name).forEach(value -> copy.header(name, value));
      }
    }
    return copy.build();
  }
}
