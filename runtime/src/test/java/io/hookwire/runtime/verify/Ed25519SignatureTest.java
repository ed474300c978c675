package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.concat;
import static io.hookwire.runtime.verify.TestSigning.ed25519;
import static io.hookwire.runtime.verify.TestSigning.ed25519KeyPair;
import static io.hookwire.runtime.verify.TestSigning.rawPublicKey;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static io.hookwire.runtime.verify.TestSigning.utf8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Discord and Standard Webhooks {@code v1a}, both Ed25519. Their documentation publishes no
 * private key, so each test run makes key pairs with {@code KeyPairGenerator} and signs with
 * {@code java.security.Signature} directly.
 */
class Ed25519SignatureTest {
  private static final KeyPair KEYS = ed25519KeyPair();
  private static final KeyPair OTHER_KEYS = ed25519KeyPair();
  private static final String TIMESTAMP = "1700000000";
  private static final String BODY = "{\"type\":1}";
  private static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

  private final DiscordSignature discord = new DiscordSignature(hex(KEYS)).withClock(at(1_700_000_000L));
  private final StandardWebhooks webhooks = StandardWebhooks.ed25519(whpk(KEYS)).withClock(at(1_700_000_000L));

  @Test
  void discordAcceptsASignatureOfTimestampAndBody() {
    assertDoesNotThrow(() -> discord.verify(discordRequest(discordSignature(KEYS), BODY)));
  }

  @Test
  void discordRejectsAnotherKeyBodyOrTimestamp() {
    String header = DiscordSignature.SIGNATURE;
    assertEquals(Rejections.noValidSignature(header),
        rejection(discord::verify, discordRequest(discordSignature(OTHER_KEYS), BODY)));
    assertEquals(Rejections.noValidSignature(header),
        rejection(discord::verify, discordRequest(discordSignature(KEYS), BODY + " ")));
    WebhookRequest later = discordRequest(discordSignature(KEYS), BODY).toBuilder().build();
    DiscordSignature laterClock = new DiscordSignature(hex(KEYS)).withClock(at(1_700_000_301L));
    assertEquals(Rejections.tooOld(DiscordSignature.TIMESTAMP, 301, 300), rejection(laterClock::verify, later));
  }

  @Test
  void discordRejectsMalformedSignatures() {
    String header = DiscordSignature.SIGNATURE;
    String signature = discordSignature(KEYS);
    assertEquals(Rejections.malformed(header, "64 characters where 128 hex digits are expected"),
        rejection(discord::verify, discordRequest(signature.substring(64), BODY)));
    assertEquals(Rejections.malformed(header, "not lower-case hexadecimal"),
        rejection(discord::verify, discordRequest(signature.toUpperCase(Locale.ROOT), BODY)));
    assertEquals(Rejections.missing(DiscordSignature.TIMESTAMP),
        rejection(discord::verify, WebhookRequest.builder().body(BODY).header(header, signature).build()));
  }

  @Test
  void discordAcceptsAPreviousKeyAndRefusesKeysItCannotUse() {
    DiscordSignature rotating = new DiscordSignature(hex(OTHER_KEYS), hex(KEYS)).withClock(at(1_700_000_000L));
    assertDoesNotThrow(() -> rotating.verify(discordRequest(discordSignature(KEYS), BODY)));
    assertDoesNotThrow(() -> new DiscordSignature(hex(KEYS).toUpperCase(Locale.ROOT)));
    assertEquals("public key must be 32 bytes, not 31",
        assertThrows(IllegalArgumentException.class, () -> new DiscordSignature(hex(KEYS).substring(2))).getMessage());
    assertEquals("a Discord public key is written in hexadecimal",
        assertThrows(IllegalArgumentException.class, () -> new DiscordSignature("xyz")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DiscordSignature(" "));
    assertEquals("DiscordSignature[2 public keys, tolerance 300 s]", rotating.toString());
  }

  @Test
  void standardWebhooksAcceptsAV1aSignatureAmongOthers() {
    String v1a = "v1a," + v1aSignature(KEYS, ID);
    assertDoesNotThrow(() -> webhooks.verify(webhooksRequest(v1a)));
    String list = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1a," + v1aSignature(OTHER_KEYS, ID) + " " + v1a;
    assertDoesNotThrow(() -> webhooks.verify(webhooksRequest(list)));
  }

  @Test
  void standardWebhooksEd25519IgnoresV1AndRejectsAnotherId() {
    assertEquals(Rejections.noSignature(StandardWebhooks.SIGNATURE, "v1a"),
        rejection(webhooks::verify, webhooksRequest("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")));
    assertEquals(Rejections.noValidSignature(StandardWebhooks.SIGNATURE),
        rejection(webhooks::verify, webhooksRequest("v1a," + v1aSignature(KEYS, "msg_other"))));
    assertEquals(Rejections.malformed(StandardWebhooks.SIGNATURE, "44 characters where 88 base64 characters are expected"),
        rejection(webhooks::verify, webhooksRequest("v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")));
  }

  @Test
  void standardWebhooksEd25519ReadsKeysWithOrWithoutPrefix() {
    String bare = Base64.getEncoder().encodeToString(rawPublicKey(KEYS));
    StandardWebhooks rotating = StandardWebhooks.ed25519(whpk(OTHER_KEYS), bare).withClock(at(1_700_000_000L));
    assertDoesNotThrow(() -> rotating.verify(webhooksRequest("v1a," + v1aSignature(KEYS, ID))));
    assertEquals("StandardWebhooks[2 public keys, tolerance 300 s]", rotating.toString());
    assertEquals("a Standard Webhooks public key is whpk_ followed by base64",
        assertThrows(IllegalArgumentException.class, () -> StandardWebhooks.ed25519("whpk_*")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> StandardWebhooks.ed25519("whpk_AAAA"));
  }

  private static String discordSignature(KeyPair keys) {
    return HexFormat.of().formatHex(ed25519(keys, concat(utf8(TIMESTAMP), utf8(BODY))));
  }

  private static WebhookRequest discordRequest(String signature, String body) {
    return WebhookRequest.builder().body(body).header(DiscordSignature.TIMESTAMP, TIMESTAMP)
        .header(DiscordSignature.SIGNATURE, signature).build();
  }

  private static String v1aSignature(KeyPair keys, String id) {
    return Base64.getEncoder().encodeToString(ed25519(keys, utf8(id + "." + TIMESTAMP + "." + BODY)));
  }

  private static WebhookRequest webhooksRequest(String signature) {
    return WebhookRequest.builder().body(BODY).header(StandardWebhooks.ID, ID)
        .header(StandardWebhooks.TIMESTAMP, TIMESTAMP).header(StandardWebhooks.SIGNATURE, signature).build();
  }

  private static String hex(KeyPair keys) {
    return HexFormat.of().formatHex(rawPublicKey(keys));
  }

  private static String whpk(KeyPair keys) {
    return "whpk_" + Base64.getEncoder().encodeToString(rawPublicKey(keys));
  }
}
