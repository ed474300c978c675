package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.SquareSignature.SIGNATURE;
import static io.hookwire.runtime.verify.TestSigning.base64Hmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static io.hookwire.runtime.verify.TestSigning.utf8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import org.junit.jupiter.api.Test;

class SquareSignatureTest {
  // The vector of Square's SDKs (square/square-java-sdk WebhooksTest, and the same in its Node,
  // Python, PHP, Ruby and Go SDKs): this key and notification URL sign this test notification.
  static final String KEY = "Ibxx_5AKakO-3qeNVR61Dw";
  static final String URL = "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9";
  static final String BODY = "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\","
      + "\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\","
      + "\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}";
  static final String SIGNED = "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=";

  private final SquareSignature verifier = new SquareSignature(URL, KEY);

  @Test
  void acceptsSquaresVector() {
    assertDoesNotThrow(() -> verifier.verify(request(BODY, SIGNED)));
  }

  @Test
  void vectorIsTheHmacOfTheUrlAndBody() {
    assertEquals(SIGNED, base64Hmac(utf8(KEY), URL + BODY));
  }

  @Test
  void signsTheConfiguredUrlWhateverPathTheRequestArrivesAt() {
    WebhookRequest proxied = request(BODY, SIGNED).toBuilder().path("/internal/square").query("x=1").build();
    assertDoesNotThrow(() -> verifier.verify(proxied));
    SquareSignature otherUrl = new SquareSignature(URL + "/", KEY);
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(otherUrl::verify, request(BODY, SIGNED)));
  }

  @Test
  void rejectsAnotherBodyOrKey() {
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request(BODY + " ", SIGNED)));
    SquareSignature other = new SquareSignature(URL, "another key");
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(other::verify, request(BODY, SIGNED)));
  }

  @Test
  void rejectsMalformedSignatures() {
    assertEquals(Rejections.missing(SIGNATURE), rejection(verifier::verify, WebhookRequest.builder().body(BODY).build()));
    assertEquals(Rejections.malformed(SIGNATURE, "43 characters where 44 base64 characters are expected"),
        rejection(verifier::verify, request(BODY, SIGNED.substring(1))));
    assertEquals(Rejections.malformed(SIGNATURE, "not canonical padded base64"),
        rejection(verifier::verify, request(BODY, SIGNED.replace("N4=", "N5="))));
    assertEquals(Rejections.duplicated(SIGNATURE),
        rejection(verifier::verify, request(BODY, SIGNED).toBuilder().header(SIGNATURE, SIGNED).build()));
  }

  @Test
  void acceptsThePreviousKeyDuringRotation() {
    assertDoesNotThrow(() -> new SquareSignature(URL, "the new key", KEY).verify(request(BODY, SIGNED)));
  }

  @Test
  void refusesAUrlOrKeyItCannotUse() {
    assertThrows(IllegalArgumentException.class, () -> new SquareSignature("webhook.site/x", KEY));
    assertThrows(IllegalArgumentException.class, () -> new SquareSignature(URL + "#x", KEY));
    assertThrows(IllegalArgumentException.class, () -> new SquareSignature(URL, ""));
    assertFalse(verifier.toString().contains(KEY));
  }

  private static WebhookRequest request(String body, String signature) {
    return WebhookRequest.builder().body(body).header(SIGNATURE, signature).build();
  }
}
