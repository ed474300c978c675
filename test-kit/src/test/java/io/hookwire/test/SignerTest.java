package io.hookwire.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every signer shares: the request it builds, its immutability, and the arguments it refuses. */
class SignerTest {
  private static final Instant SIGNED_AT = Instant.parse("2026-03-01T12:00:00Z");
  private static final String BODY = "{\"text\":\"\u00fcber\"}";

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void requestIsAJsonPostOfTheBodyToThePathWithTheSignedHeaders(Scheme scheme) {
    Signer signer = fixed(scheme.signer);
    WebhookRequest request = signer.request("/hooks/{x}", BODY);
    assertEquals("POST", request.method());
    assertEquals("/hooks/{x}", request.path());
    assertEquals(List.of("application/json"), request.headers("Content-Type"));
    String sent = scheme == Scheme.LINEAR ? ((LinearSigner) signer).stamp(BODY) : BODY;
    assertArrayEquals(sent.getBytes(StandardCharsets.UTF_8), request.bodyBytes());
    if (scheme == Scheme.TWILIO) {
      // Twilio signs the URL, which carries the body's hash, not headers of the body alone.
      assertEquals("bodySHA256=" + sha256Hex(BODY), request.query());
      assertEquals(1, request.headers("X-Twilio-Signature").size());
    } else {
      signer.headers(sent).forEach((name, value) -> assertEquals(List.of(value), request.headers(name), name));
    }
  }

  @Test
  void linearAddsItsTimestampAsTheLastFieldOfAnObjectThatHasNone() {
    LinearSigner linear = Signers.linear("secret").at(Instant.ofEpochMilli(1_676_056_940_508L));
    assertEquals("{\"a\":1,\"webhookTimestamp\":1676056940508}\n", linear.stamp("{\"a\":1}\n"));
    assertEquals("{\"webhookTimestamp\":1676056940508}", linear.stamp("{}"));
    assertEquals("{\"webhookTimestamp\":1}", linear.stamp("{\"webhookTimestamp\":1}"));
    assertEquals("{\"a\":{\"webhookTimestamp\":1},\"webhookTimestamp\":1676056940508}",
        linear.stamp("{\"a\":{\"webhookTimestamp\":1}}"));
    assertThrows(IllegalArgumentException.class, () -> linear.stamp("[1]"));
    assertThrows(IllegalArgumentException.class, () -> linear.request("/linear", "not json"));
  }

  @Test
  void ed25519SignersSignWithAGivenKeyPairAndPublishItsPublicKey() throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] encoded = pair.getPublic().getEncoded();
    byte[] raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    assertEquals(HexFormat.of().formatHex(raw), Signers.discord(pair).publicKeyHex());
    assertEquals("whpk_" + Base64.getEncoder().encodeToString(raw), Signers.standardWebhooksEd25519(pair).publicKey());
    assertNotEquals(Signers.discord().publicKeyHex(), Signers.discord().publicKeyHex());
    KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    assertThrows(IllegalArgumentException.class, () -> Signers.discord(rsa));
    assertThrows(NullPointerException.class, () -> Signers.standardWebhooksEd25519(null));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void headersOfAStringAreThoseOfItsUtf8Bytes(Scheme scheme) {
    Signer signer = fixed(scheme.signer);
    assertEquals(signer.headers(BODY.getBytes(StandardCharsets.UTF_8)), signer.headers(BODY));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void headersCannotBeChanged(Scheme scheme) {
    Map<String, String> headers = scheme.signer.headers(BODY);
    assertThrows(UnsupportedOperationException.class, () -> headers.put("X-Other", "1"));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void refusesNullArguments(Scheme scheme) {
    assertThrows(NullPointerException.class, () -> scheme.signer.headers((byte[]) null));
    assertThrows(NullPointerException.class, () -> scheme.signer.headers((String) null));
    assertThrows(NullPointerException.class, () -> scheme.signer.request(null, BODY));
    assertThrows(NullPointerException.class, () -> scheme.signer.request("/", null));
    assertThrows(NullPointerException.class, () -> scheme.signer.at(null));
  }

  @ParameterizedTest
  @EnumSource(Scheme.class)
  void refusesInstantsBefore1970WhichNoProviderCanSend(Scheme scheme) {
    assertThrows(IllegalArgumentException.class, () -> scheme.signer.at(Instant.EPOCH.minusSeconds(1)));
  }

  @Test
  void atLeavesTheSignerItWasCalledOnSigningAsOfNow() {
    SlackSigner now = Signers.slack("secret");
    SlackSigner then = now.at(SIGNED_AT);
    assertEquals(Long.toString(SIGNED_AT.getEpochSecond()), then.headers(BODY).get("X-Slack-Request-Timestamp"));
    long sent = Long.parseLong(now.headers(BODY).get("X-Slack-Request-Timestamp"));
    assertTrue(Math.abs(Instant.now().getEpochSecond() - sent) <= 1, "signed now: " + sent);
  }

  @Test
  void standardWebhooksDrawsANewIdForEachDeliveryUnlessOneIsGiven() {
    StandardWebhooksSigner signer = Signers.standardWebhooks("whsec_c2VjcmV0");
    String first = signer.headers(BODY).get("webhook-id");
    assertTrue(first.startsWith("msg_"), first);
    assertNotEquals(first, signer.headers(BODY).get("webhook-id"));
    StandardWebhooksSigner fixed = signer.withId("msg_1").at(SIGNED_AT);
    assertEquals(fixed.headers(BODY), fixed.headers(BODY));
    assertEquals("msg_1", signer.at(SIGNED_AT).withId("msg_1").headers(BODY).get("webhook-id"));
    assertNotEquals("msg_1", signer.headers(BODY).get("webhook-id"));
  }

  @Test
  void standardWebhooksTakesTheSecretWithOrWithoutItsPrefix() {
    StandardWebhooksSigner prefixed = Signers.standardWebhooks("whsec_c2VjcmV0").withId("msg_1").at(SIGNED_AT);
    StandardWebhooksSigner bare = Signers.standardWebhooks("c2VjcmV0").withId("msg_1").at(SIGNED_AT);
    assertEquals(prefixed.headers(BODY), bare.headers(BODY));
  }

  @Test
  void refusesSecretsTheVerifiersWouldRefuse() {
    assertThrows(NullPointerException.class, () -> Signers.slack(null));
    assertThrows(IllegalArgumentException.class, () -> Signers.github(" "));
    assertThrows(IllegalArgumentException.class, () -> Signers.stripe("sk_test_123"));
    assertThrows(IllegalArgumentException.class, () -> Signers.stripe("whsec_"));
    assertThrows(IllegalArgumentException.class, () -> Signers.standardWebhooks("whsec_not*base64"));
    assertThrows(IllegalArgumentException.class, () -> Signers.standardWebhooks("whsec_"));
    assertThrows(IllegalArgumentException.class, () -> Signers.standardWebhooks("whsec_c2VjcmV0").withId(""));
    assertThrows(IllegalArgumentException.class, () -> Signers.telegram(" token"));
    assertThrows(IllegalArgumentException.class, () -> Signers.secretToken("", "token"));
    assertThrows(IllegalArgumentException.class, () -> Signers.gitlab(""));
    assertThrows(NullPointerException.class, () -> Signers.shopify(null));
    assertThrows(IllegalArgumentException.class, () -> Signers.meta(" "));
    assertThrows(IllegalArgumentException.class, () -> Signers.zoom(""));
    assertThrows(IllegalArgumentException.class, () -> Signers.linear(""));
    assertThrows(IllegalArgumentException.class, () -> Signers.twilio("example.com", "token"));
    assertThrows(IllegalArgumentException.class, () -> Signers.twilio("https://example.com", " "));
    assertThrows(IllegalArgumentException.class, () -> Signers.square("https://example.com/x#y", "key"));
    assertThrows(IllegalArgumentException.class, () -> Signers.standardWebhooksEd25519().withId(" "));
  }

  @Test
  void textFormsNeverShowTheSecret() {
    for (Signer signer : List.of(Signers.slack("s3cr3t"), Signers.github("s3cr3t"), Signers.stripe("whsec_s3cr3t"),
        Signers.standardWebhooks("whsec_czNjcjN0"), Signers.telegram("s3cr3t"), Signers.gitlab("s3cr3t"),
        Signers.shopify("s3cr3t"), Signers.meta("s3cr3t"), Signers.zoom("s3cr3t"), Signers.linear("s3cr3t"),
        Signers.twilio("https://example.com", "s3cr3t"), Signers.square("https://example.com", "s3cr3t"))) {
      assertFalse(signer.toString().contains("s3cr3t") || signer.toString().contains("czNjcjN0"), signer.toString());
    }
  }

  /** The signer at a fixed instant and, for Standard Webhooks, a fixed id, so that two calls agree. */
  private static Signer fixed(Signer signer) {
    Signer at = signer.at(SIGNED_AT);
    if (at instanceof StandardWebhooksSigner webhooks) {
      return webhooks.withId("msg_1");
    }
    return at instanceof StandardWebhooksEd25519Signer webhooks ? webhooks.withId("msg_1") : at;
  }

  private static String sha256Hex(String body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
