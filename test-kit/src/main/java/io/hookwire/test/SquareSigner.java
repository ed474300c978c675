package io.hookwire.test;

import io.hookwire.runtime.verify.SquareSignature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Signs as Square does, for {@code SquareSignature}: {@code x-square-hmacsha256-signature} is the
 * base64 HMAC-SHA256, keyed with the subscription's signature key, of the notification URL
 * followed by the body. The URL is the one given here whatever path a request goes to, as the
 * verifier reads it. Square signs no timestamp, so {@link #at(Instant)} changes nothing.
 *
 * <pre>{@code
 * SquareSigner square = Signers.square("https://example.com/square", "the signature key");
 * WebhookRequest paid = square.request("/square", "{\"type\":\"payment.updated\"}");
 * }</pre>
 */
public final class SquareSigner extends Signer {
  private final Hmac hmac;
  private final byte[] url;

  SquareSigner(String notificationUrl, String signatureKey) {
    // The verifier checks the URL; building one refuses what it would refuse.
    new SquareSignature(notificationUrl, Secrets.requireText("signature key", signatureKey));
    this.hmac = Hmac.utf8Key(signatureKey);
    this.url = Hmac.utf8(notificationUrl);
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return Map.of("x-square-hmacsha256-signature", Base64.getEncoder().encodeToString(hmac.sign(url, body)));
  }

  /** This signer: Square's signature does not depend on the time. */
  @Override
  public SquareSigner at(Instant instant) {
    SigningTime.at(instant); // checked all the same, so that every signer refuses the same instants
    return this;
  }

  @Override
  public String toString() {
    return "SquareSigner";
  }
}
