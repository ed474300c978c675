package io.hookwire.benchmarks.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.DiscordSignature;
import io.hookwire.runtime.verify.GitHubSignature;
import io.hookwire.runtime.verify.HmacSignature;
import io.hookwire.runtime.verify.LinearSignature;
import io.hookwire.runtime.verify.MetaSignature;
import io.hookwire.runtime.verify.SecretToken;
import io.hookwire.runtime.verify.ShopifySignature;
import io.hookwire.runtime.verify.SlackSignature;
import io.hookwire.runtime.verify.SquareSignature;
import io.hookwire.runtime.verify.StandardWebhooks;
import io.hookwire.runtime.verify.StripeSignature;
import io.hookwire.runtime.verify.TwilioSignature;
import io.hookwire.runtime.verify.ZoomSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One verifier with a genuine request for it, and the {@link Baseline} that does exactly the
 * cryptographic part of its work on the same bytes.
 *
 * @param verifier the verifier under test
 * @param request a request it accepts, with a body of about 2 KiB
 * @param baseline the bare cryptography of the same check
 */
record SignedCase(Check verifier, WebhookRequest request, Baseline baseline) {
  // Stripe requires the whsec_ prefix; the others take any text, so one secret serves all.
  private static final String SECRET = "whsec_bench0123456789abcdef";
  private static final byte[] SECRET_BYTES = utf8(SECRET);
  private static final byte[] STANDARD_KEY = utf8("0123456789abcdef0123456789abcdef");
  private static final String WEBHOOK_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f1W";
  private static final String SHA256 = "HmacSHA256";
  private static final String BASE_URL = "https://example.com";
  private static final String PATH = "/hook";
  private static final HexFormat HEX = HexFormat.of();

  /** A verifier's {@code verify}. */
  @FunctionalInterface
  interface Check {
    void verify(WebhookRequest request) throws RequestVerificationException;
  }

  /** The case of the verifier named {@code name}, signed at {@code now} (Unix seconds). */
  static SignedCase of(String name, byte[] body, long now) throws GeneralSecurityException {
    String ts = Long.toString(now);
    return switch (name) {
      case "SlackSignature" -> hmac(new SlackSignature(SECRET)::verify, body, "v0:" + ts + ":",
          mac -> request(body).header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", "v0=" + hex(mac)));
      case "GitHubSignature" -> hmac(new GitHubSignature(SECRET)::verify, body, "",
          mac -> request(body).header("X-Hub-Signature-256", "sha256=" + hex(mac)));
      case "StripeSignature" -> hmac(new StripeSignature(SECRET)::verify, body, ts + ".",
          mac -> request(body).header("Stripe-Signature", "t=" + ts + ",v1=" + hex(mac)));
      case "StandardWebhooks" -> standardWebhooks(body, ts);
      case "SecretToken" -> secretToken(body);
      case "ShopifySignature" -> hmac(new ShopifySignature(SECRET)::verify, body, "",
          mac -> request(body).header("X-Shopify-Hmac-Sha256", base64(mac)));
      case "MetaSignature" -> hmac(new MetaSignature(SECRET)::verify, body, "",
          mac -> request(body).header("X-Hub-Signature-256", "sha256=" + hex(mac)));
      case "ZoomSignature" -> hmac(new ZoomSignature(SECRET)::verify, body, "v0:" + ts + ":",
          mac -> request(body).header("x-zm-request-timestamp", ts).header("x-zm-signature", "v0=" + hex(mac)));
      case "LinearSignature" -> linear(body, now);
      case "TwilioSignature" -> twilio(body);
      case "SquareSignature" -> hmac(new SquareSignature(BASE_URL + PATH, SECRET)::verify, body, BASE_URL + PATH,
          mac -> request(body).header("x-square-hmacsha256-signature", base64(mac)));
      case "HmacSignature" -> hmac(HmacSignature.builder().signatureHeader("X-Signature").prefix("sha256=")
              .timestampHeader("X-Timestamp").signedContent("{timestamp}.{body}").secrets(SECRET).build()::verify,
          body, ts + ".", mac -> request(body).header("X-Timestamp", ts).header("X-Signature", "sha256=" + hex(mac)));
      case "DiscordSignature" -> discord(body, ts);
      case "StandardWebhooksEd25519" -> standardWebhooksEd25519(body, ts);
      default -> throw new IllegalArgumentException("no verifier named " + name);
    };
  }

  private interface Headers {
    WebhookRequest.Builder add(byte[] signature);
  }

  /** An HMAC-SHA256 of {@code prefix} and the body under the shared secret. */
  private static SignedCase hmac(Check verifier, byte[] body, String prefix, Headers headers)
      throws GeneralSecurityException {
    byte[][] signed = {utf8(prefix), body};
    byte[] mac = sign(SHA256, SECRET_BYTES, signed);
    return new SignedCase(verifier, headers.add(mac).build(), Baseline.mac(SHA256, SECRET_BYTES, signed, mac));
  }

  private static SignedCase standardWebhooks(byte[] body, String ts) throws GeneralSecurityException {
    String secret = "whsec_" + base64(STANDARD_KEY);
    byte[][] signed = {utf8(WEBHOOK_ID + "." + ts + "."), body};
    byte[] mac = sign(SHA256, STANDARD_KEY, signed);
    WebhookRequest request = request(body).header("webhook-id", WEBHOOK_ID).header("webhook-timestamp", ts)
        .header("webhook-signature", "v1," + base64(mac)).build();
    return new SignedCase(new StandardWebhooks(secret)::verify, request,
        Baseline.mac(SHA256, STANDARD_KEY, signed, mac));
  }

  // The token verifier MACs the header value under a random key: the baseline MACs the same value.
  private static SignedCase secretToken(byte[] body) throws GeneralSecurityException {
    byte[][] signed = {SECRET_BYTES};
    WebhookRequest request = request(body).header(SecretToken.TELEGRAM_HEADER, SECRET).build();
    return new SignedCase(SecretToken.telegram(SECRET)::verify, request,
        Baseline.mac(SHA256, STANDARD_KEY, signed, sign(SHA256, STANDARD_KEY, signed)));
  }

  // Linear signs the body, and dates it in a top-level field of the body in milliseconds.
  private static SignedCase linear(byte[] body, long now) throws GeneralSecurityException {
    String json = new String(body, StandardCharsets.UTF_8);
    byte[] dated = utf8("{\"webhookTimestamp\":" + now * 1000 + "," + json.substring(1));
    return hmac(new LinearSignature(SECRET)::verify, dated, "",
        mac -> request(dated).header("Linear-Signature", hex(mac)));
  }

  // Twilio's JSON deliveries: HMAC-SHA1 of the URL (with the body's SHA-256 in its query), in base64.
  private static SignedCase twilio(byte[] body) throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
    String query = "bodySHA256=" + hex(hash);
    byte[][] signed = {utf8(BASE_URL + PATH + "?" + query)};
    byte[] mac = sign("HmacSHA1", SECRET_BYTES, signed);
    WebhookRequest request = request(body).query(query).header("X-Twilio-Signature", base64(mac)).build();
    return new SignedCase(new TwilioSignature(BASE_URL, SECRET)::verify, request,
        Baseline.mac("HmacSHA1", SECRET_BYTES, signed, mac).and(Baseline.digest("SHA-256", body, hash)));
  }

  private static SignedCase discord(byte[] body, String ts) throws GeneralSecurityException {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[][] signed = {utf8(ts), body};
    byte[] signature = ed25519(pair, signed);
    WebhookRequest request = request(body).header("X-Signature-Ed25519", hex(signature))
        .header("X-Signature-Timestamp", ts).build();
    return new SignedCase(new DiscordSignature(hex(rawPublicKey(pair)))::verify, request,
        Baseline.ed25519(pair.getPublic(), signed, signature));
  }

  private static SignedCase standardWebhooksEd25519(byte[] body, String ts) throws GeneralSecurityException {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[][] signed = {utf8(WEBHOOK_ID + "." + ts + "."), body};
    byte[] signature = ed25519(pair, signed);
    WebhookRequest request = request(body).header("webhook-id", WEBHOOK_ID).header("webhook-timestamp", ts)
        .header("webhook-signature", "v1a," + base64(signature)).build();
    return new SignedCase(StandardWebhooks.ed25519("whpk_" + base64(rawPublicKey(pair)))::verify, request,
        Baseline.ed25519(pair.getPublic(), signed, signature));
  }

  private static byte[] sign(String algorithm, byte[] key, byte[][] parts) throws GeneralSecurityException {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key, algorithm));
    for (byte[] part : parts) {
      mac.update(part);
    }
    return mac.doFinal();
  }

  private static byte[] ed25519(KeyPair pair, byte[][] parts) throws GeneralSecurityException {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(pair.getPrivate());
    for (byte[] part : parts) {
      signer.update(part);
    }
    return signer.sign();
  }

  /** The raw 32 bytes of an Ed25519 public key: the end of its X.509 encoding. */
  private static byte[] rawPublicKey(KeyPair pair) {
    byte[] encoded = pair.getPublic().getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
  }

  private static WebhookRequest.Builder request(byte[] body) {
    return WebhookRequest.builder().path(PATH).body(body)
        .header("Content-Type", "application/json").header("User-Agent", "bench/1.0");
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SignedCase[" + request.bodyBytes().length + " bytes of body]";
  }
}
