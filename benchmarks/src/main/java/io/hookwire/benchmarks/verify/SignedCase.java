package io.hookwire.benchmarks.verify;

import io.hookwire.benchmarks.fixture.Hmac;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;
import io.hookwire.runtime.verify.SecretToken;
import io.hookwire.runtime.verify.SlackSignature;
import io.hookwire.runtime.verify.StandardWebhooks;
import io.hookwire.runtime.verify.StripeSignature;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One verifier with a genuine request for it, and the bytes it MACs, so that a bare
 * {@link javax.crypto.Mac} can do exactly the cryptographic part of its work as the baseline.
 *
 * @param verifier the verifier under test
 * @param request a request it accepts, with a 2 KiB body
 * @param key the HMAC key the baseline uses
 * @param signed the parts whose concatenation the verifier MACs
 * @param expected their MAC, which the baseline compares with
 */
record SignedCase(Check verifier, WebhookRequest request, byte[] key, byte[][] signed, byte[] expected) {
  /** The names of the cases, as JMH's {@code @Param} values. */
  static final String SLACK = "SlackSignature";
  static final String GITHUB = "GitHubSignature";
  static final String STRIPE = "StripeSignature";
  static final String STANDARD = "StandardWebhooks";
  static final String TOKEN = "SecretToken";

  // Stripe requires the whsec_ prefix; the others take any text, so one secret serves all.
  private static final String SECRET = "whsec_bench0123456789abcdef";
  private static final byte[] SECRET_BYTES = SECRET.getBytes(StandardCharsets.UTF_8);
  private static final byte[] STANDARD_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final String WEBHOOK_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f1W";

  /** A verifier's {@code verify}. */
  @FunctionalInterface
  interface Check {
    void verify(WebhookRequest request) throws RequestVerificationException;
  }

  /** The case of the verifier named {@code name}, signed at {@code now} (Unix seconds). */
  static SignedCase of(String name, byte[] body, long now) {
    String ts = Long.toString(now);
    return switch (name) {
      case SLACK -> hex(new SlackSignature(SECRET)::verify, body, "v0:" + ts + ":",
          mac -> request(body).header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", "v0=" + mac));
      case GITHUB -> hex(new GitHubSignature(SECRET)::verify, body, "",
          mac -> request(body).header("X-Hub-Signature-256", "sha256=" + mac));
      case STRIPE -> hex(new StripeSignature(SECRET)::verify, body, ts + ".",
          mac -> request(body).header("Stripe-Signature", "t=" + ts + ",v1=" + mac));
      case STANDARD -> standardWebhooks(body, ts);
      case TOKEN -> secretToken(body);
      default -> throw new IllegalArgumentException("no verifier named " + name);
    };
  }

  private interface Headers {
    WebhookRequest.Builder add(String signature);
  }

  private static SignedCase hex(Check verifier, byte[] body, String prefix, Headers headers) {
    byte[][] signed = {utf8(prefix), body};
    byte[] mac = Hmac.sign(SECRET_BYTES, signed);
    return new SignedCase(verifier, headers.add(HexFormat.of().formatHex(mac)).build(), SECRET_BYTES, signed, mac);
  }

  private static SignedCase standardWebhooks(byte[] body, String ts) {
    String secret = "whsec_" + Base64.getEncoder().encodeToString(STANDARD_KEY);
    byte[][] signed = {utf8(WEBHOOK_ID + "." + ts + "."), body};
    byte[] mac = Hmac.sign(STANDARD_KEY, signed);
    WebhookRequest request = request(body).header("webhook-id", WEBHOOK_ID).header("webhook-timestamp", ts)
        .header("webhook-signature", "v1," + Base64.getEncoder().encodeToString(mac)).build();
    return new SignedCase(new StandardWebhooks(secret)::verify, request, STANDARD_KEY, signed, mac);
  }

  // The token verifier MACs the header value under a random key: the baseline MACs the same value.
  private static SignedCase secretToken(byte[] body) {
    byte[][] signed = {SECRET_BYTES};
    WebhookRequest request = request(body).header(SecretToken.TELEGRAM_HEADER, SECRET).build();
    return new SignedCase(SecretToken.telegram(SECRET)::verify, request, STANDARD_KEY, signed,
        Hmac.sign(STANDARD_KEY, signed));
  }

  private static WebhookRequest.Builder request(byte[] body) {
    return WebhookRequest.builder().path("/hook").body(body)
        .header("Content-Type", "application/json").header("User-Agent", "bench/1.0");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SignedCase[" + Arrays.stream(signed).mapToInt(part -> part.length).sum() + " bytes signed]";
  }
}
