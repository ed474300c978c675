package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.hmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static io.hookwire.runtime.verify.TestSigning.utf8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The builder on its own: what each setting signs, and the schemes it refuses to build. */
class HmacSignatureTest {
  private static final String SECRET = "a builder secret";
  private static final String BODY = "{\"event\":\"order.paid\"}";
  private static final long NOW = 1_700_000_000L;

  @Test
  void signsIdTimestampAndBodyWithSha512InBase64() {
    HmacSignature verifier = HmacSignature.builder().signatureHeader("X-Sig").prefix("v1,")
        .algorithm(HmacSignature.Algorithm.SHA512).encoding(HmacSignature.Encoding.BASE64)
        .idHeader("X-Id").timestampHeader("X-Time").signedContent("{id}|{timestamp}|{body}")
        .secrets(SECRET).build().withClock(at(NOW));
    String mac = Base64.getEncoder().encodeToString(
        hmac("HmacSHA512", utf8(SECRET), utf8("evt_1|" + NOW + "|" + BODY)));
    WebhookRequest request = WebhookRequest.builder().body(BODY).header("X-Id", "evt_1")
        .header("X-Time", Long.toString(NOW)).header("X-Sig", "v1," + mac).build();
    assertDoesNotThrow(() -> verifier.verify(request));
    WebhookRequest otherId = request.toBuilder().build();
    assertEquals(Rejections.duplicated("X-Id"),
        rejection(verifier::verify, otherId.toBuilder().header("X-Id", "evt_2").build()));
  }

  @Test
  void signsTheBodyWithSha1InHex() {
    HmacSignature verifier = HmacSignature.builder().signatureHeader("X-Sig")
        .algorithm(HmacSignature.Algorithm.SHA1).secrets(SECRET).build();
    String mac = HexFormat.of().formatHex(hmac("HmacSHA1", utf8(SECRET), utf8(BODY)));
    assertDoesNotThrow(() -> verifier.verify(request(mac)));
    assertEquals(Rejections.malformed("X-Sig", "64 characters where 40 hex digits are expected"),
        rejection(verifier::verify, request(mac + "000000000000000000000000")));
    assertEquals(Rejections.malformed("X-Sig", "not lower-case hexadecimal"),
        rejection(verifier::verify, request(mac.toUpperCase(java.util.Locale.ROOT))));
    assertEquals(Rejections.malformed("X-Sig", "not lower-case hexadecimal"),
        rejection(verifier::verify, request("z" + mac.substring(1))));
  }

  @Test
  void signsAFixedUrlBeforeTheBody() {
    HmacSignature verifier = HmacSignature.builder().signatureHeader("X-Sig").url("https://example.com/a?b=c")
        .signedContent("{url}{body}").secrets(SECRET).build();
    String mac = HexFormat.of().formatHex(hmac("HmacSHA256", utf8(SECRET), utf8("https://example.com/a?b=c" + BODY)));
    assertDoesNotThrow(() -> verifier.verify(request(mac)));
  }

  @Test
  void aFormSchemeRefusesABodyThatIsNotAFormButAcceptsAnEmptyOne() {
    HmacSignature verifier = HmacSignature.builder().signatureHeader("X-Sig").signedContent("{form}")
        .secrets(SECRET).build();
    String mac = HexFormat.of().formatHex(hmac("HmacSHA256", utf8(SECRET), new byte[0]));
    assertEquals(Rejections.notForm("Content-Type"), rejection(verifier::verify, request(mac)));
    WebhookRequest empty = WebhookRequest.builder().header("X-Sig", mac).build();
    assertDoesNotThrow(() -> verifier.verify(empty));
  }

  @Test
  void acceptsThePreviousSecretDuringRotation() {
    HmacSignature rotating = HmacSignature.builder().signatureHeader("X-Sig").secrets("new", SECRET).build();
    String mac = HexFormat.of().formatHex(hmac("HmacSHA256", utf8(SECRET), utf8(BODY)));
    assertDoesNotThrow(() -> rotating.verify(request(mac)));
  }

  @Test
  void refusesSchemesThatWouldReadWhatTheyDoNotSignOrSignNothing() {
    assertIllegalState("the signature header is not set", () -> HmacSignature.builder().secrets(SECRET));
    assertIllegalState("the secrets are not set", () -> HmacSignature.builder().signatureHeader("X-Sig"));
    assertIllegalState("the signed content names {timestamp} but no timestamp header is set",
        () -> base().signedContent("{timestamp}.{body}"));
    assertIllegalState("a timestamp header is set but the signed content does not name {timestamp}: "
        + "it would be read and never signed", () -> base().timestampHeader("X-Time"));
    assertIllegalState("the signed content names {id} but no id header is set", () -> base().signedContent("{id}{body}"));
    assertIllegalState("the signed content names {url} but no URL is set", () -> base().signedContent("{url}{body}"));
    assertIllegalState("the signed content must include {body} or {form}: otherwise the body is not signed",
        () -> base().timestampHeader("X-Time").signedContent("{timestamp}"));
  }

  @Test
  void refusesMalformedTemplates() {
    assertIllegalArgument("{body} must come last in the signed content", () -> base().signedContent("{body}.x"));
    assertIllegalArgument("signed content names {body} twice", () -> base().signedContent("{body}{body}"));
    assertIllegalArgument("signed content has an unknown placeholder at 3; use {timestamp}, {id}, {url}, {form} or {body}",
        () -> base().signedContent("v0:{time}:{body}"));
  }

  @Test
  void aSchemeWithoutTimestampHasNoWindowToSet() {
    HmacSignature verifier = base().build();
    assertThrows(IllegalStateException.class, () -> verifier.withTolerance(Duration.ofMinutes(1)));
    assertThrows(IllegalStateException.class, () -> verifier.withClock(at(NOW)));
  }

  @Test
  void textFormNamesTheSchemeButNoSecret() {
    HmacSignature verifier = base().secrets(SECRET, "older secret").build();
    assertEquals("HmacSignature[X-Sig, SHA256 HEX of {body}, 2 secrets]", verifier.toString());
    assertFalse(verifier.toString().contains(SECRET));
  }

  private static HmacSignature.Builder base() {
    return HmacSignature.builder().signatureHeader("X-Sig").secrets(SECRET);
  }

  private static WebhookRequest request(String signature) {
    return WebhookRequest.builder().body(BODY).header("X-Sig", signature).build();
  }

  private static void assertIllegalState(String message, Supplier<HmacSignature.Builder> builder) {
    assertEquals(message, assertThrows(IllegalStateException.class, () -> builder.get().build()).getMessage());
  }

  private static void assertIllegalArgument(String message, Supplier<HmacSignature.Builder> builder) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> builder.get().build()).getMessage());
  }
}
