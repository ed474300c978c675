package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.hmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static io.hookwire.runtime.verify.TestSigning.sha256Hex;
import static io.hookwire.runtime.verify.TestSigning.utf8;
import static io.hookwire.runtime.verify.TwilioSignature.SIGNATURE;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {
  // The vectors of Twilio's own Java library (twilio/twilio-java,
  // src/test/java/com/twilio/security/RequestValidatorTest.java), which its other libraries
  // share: auth token 12345, the URL https://mycompany.com/myapp.php?foo=1&bar=2, five form
  // fields, and a JSON body with its bodySHA256.
  static final String AUTH_TOKEN = "12345";
  static final String BASE = "https://mycompany.com";
  static final String PATH = "/myapp.php";
  static final String QUERY = "foo=1&bar=2";
  static final String FORM = "Digits=1234&CallSid=CA1234567890ABCDE&To=%2B18005551212"
      + "&Caller=%2B14158675309&From=%2B14158675309";
  static final String FORM_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
  /** The form signed for the URL with :443 written out ("testValidateAddsPortHttps"). */
  static final String FORM_SIGNATURE_WITH_PORT = "kvajT1Ptam85bY51eRf/AJRuM3w=";
  static final String JSON = "{\"property\": \"value\", \"boolean\": true}";
  static final String JSON_HASH = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
  static final String JSON_SIGNATURE = "a9nBmqA0ju/hNViExpshrM61xv4=";
  static final String JSON_ONLY_HASH_SIGNATURE = "y77kIzt2vzLz71DgmJGsen2scGs=";

  private final TwilioSignature verifier = new TwilioSignature(BASE, AUTH_TOKEN);

  @Test
  void acceptsTwiliosFormVector() {
    assertDoesNotThrow(() -> verifier.verify(form(QUERY, FORM, FORM_SIGNATURE)));
  }

  @Test
  void formVectorIsTheHmacOfTheUrlAndTheSortedFields() {
    String signed = BASE + PATH + "?" + QUERY
        + "CallSidCA1234567890ABCDECaller+14158675309Digits1234From+14158675309To+18005551212";
    assertEquals(FORM_SIGNATURE, base64Sha1(signed));
  }

  @Test
  void acceptsTheUrlWithItsDefaultPortWrittenOutOrAnExplicitPortLeftOut() {
    assertDoesNotThrow(() -> verifier.verify(form(QUERY, FORM, FORM_SIGNATURE_WITH_PORT)));
    TwilioSignature behindPort = new TwilioSignature("https://mycompany.com:1234", AUTH_TOKEN);
    assertDoesNotThrow(() -> behindPort.verify(form(QUERY, FORM, FORM_SIGNATURE)));
  }

  @Test
  void acceptsTwiliosJsonVectors() {
    assertDoesNotThrow(() -> verifier.verify(json(QUERY + "&bodySHA256=" + JSON_HASH, JSON, JSON_SIGNATURE)));
    assertDoesNotThrow(() -> verifier.verify(json("bodySHA256=" + JSON_HASH, JSON, JSON_ONLY_HASH_SIGNATURE)));
    assertEquals(JSON_HASH, sha256Hex(utf8(JSON)));
  }

  @Test
  void rejectsAJsonBodyThatIsNotTheOneHashedInTheSignedUrl() {
    WebhookRequest altered = json("bodySHA256=" + JSON_HASH, JSON.replace("true", "false"), JSON_ONLY_HASH_SIGNATURE);
    assertEquals(Rejections.bodyHashMismatch("bodySHA256"), rejection(verifier::verify, altered));
  }

  @Test
  void rejectsABodyNeitherAFormNorHashedAsUnsigned() {
    WebhookRequest unsigned = json(QUERY, JSON, base64Sha1(BASE + PATH + "?" + QUERY));
    assertEquals(Rejections.notForm("Content-Type"), rejection(verifier::verify, unsigned));
  }

  @Test
  void rejectsAMalformedOrRepeatedBodyHash() {
    String upper = "bodySHA256=" + JSON_HASH.toUpperCase(java.util.Locale.ROOT);
    WebhookRequest malformed = json(upper, JSON, base64Sha1(BASE + PATH + "?" + upper));
    assertEquals(Rejections.malformedQuery("bodySHA256", "not the lower-case hex of a SHA-256"),
        rejection(verifier::verify, malformed));
    String twice = "bodySHA256=" + JSON_HASH + "&bodySHA256=" + JSON_HASH;
    WebhookRequest repeated = json(twice, JSON, base64Sha1(BASE + PATH + "?" + twice));
    assertEquals(Rejections.duplicatedQuery("bodySHA256"), rejection(verifier::verify, repeated));
  }

  @Test
  void rejectsAnotherFieldValueQueryOrPath() {
    assertEquals(Rejections.noMatch(SIGNATURE),
        rejection(verifier::verify, form(QUERY, FORM.replace("1234", "9999"), FORM_SIGNATURE)));
    assertEquals(Rejections.noMatch(SIGNATURE),
        rejection(verifier::verify, form("foo=1&bar=3", FORM, FORM_SIGNATURE)));
    WebhookRequest otherPath = form(QUERY, FORM, FORM_SIGNATURE).toBuilder().path("/other.php").build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, otherPath));
  }

  @Test
  void signsRepeatedFieldsEachValueSortedAfterTheirName() {
    String body = "b=2&a=z&a=y&Z=%C3%A9";
    String signature = base64Sha1(BASE + PATH + "Z\u00e9ayazb2");
    assertDoesNotThrow(() -> verifier.verify(form("", body, signature)));
  }

  @Test
  void rejectsAFormWithABrokenEscape() {
    assertEquals(Rejections.malformedForm(), rejection(verifier::verify, form(QUERY, "Body=%zz", FORM_SIGNATURE)));
  }

  @Test
  void acceptsThePreviousAuthTokenDuringRotation() {
    TwilioSignature rotating = new TwilioSignature(BASE, "the secondary token", AUTH_TOKEN);
    assertDoesNotThrow(() -> rotating.verify(form(QUERY, FORM, FORM_SIGNATURE)));
  }

  @Test
  void refusesABaseUrlItCannotUse() {
    assertThrows(IllegalArgumentException.class, () -> new TwilioSignature("mycompany.com", AUTH_TOKEN));
    assertThrows(IllegalArgumentException.class, () -> new TwilioSignature("ftp://mycompany.com", AUTH_TOKEN));
    assertThrows(IllegalArgumentException.class, () -> new TwilioSignature(BASE + "?a=1", AUTH_TOKEN));
    assertEquals("auth token must not be empty or blank",
        assertThrows(IllegalArgumentException.class, () -> new TwilioSignature(BASE, " ")).getMessage());
    assertThrows(NullPointerException.class, () -> new TwilioSignature(null, AUTH_TOKEN));
  }

  @Test
  void acceptsABaseUrlWithATrailingSlashOrAPathPrefix() {
    assertDoesNotThrow(() -> new TwilioSignature(BASE + "/", AUTH_TOKEN).verify(form(QUERY, FORM, FORM_SIGNATURE)));
    String signature = base64Sha1("https://example.com/hooks/twilio");
    WebhookRequest request = WebhookRequest.builder().path("/twilio").header(SIGNATURE, signature).build();
    assertDoesNotThrow(() -> new TwilioSignature("https://example.com/hooks", AUTH_TOKEN).verify(request));
  }

  @Test
  void textFormHoldsNoToken() {
    assertEquals(false, verifier.toString().contains(AUTH_TOKEN));
  }

  private static WebhookRequest form(String query, String body, String signature) {
    return WebhookRequest.builder().path(PATH).query(query).body(body)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header(SIGNATURE, signature).build();
  }

  private static WebhookRequest json(String query, String body, String signature) {
    return WebhookRequest.builder().path(PATH).query(query).body(body)
        .header("Content-Type", "application/json").header(SIGNATURE, signature).build();
  }

  private static String base64Sha1(String content) {
    return Base64.getEncoder().encodeToString(hmac("HmacSHA1", utf8(AUTH_TOKEN), utf8(content)));
  }
}
