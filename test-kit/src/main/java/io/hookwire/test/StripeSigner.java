package io.hookwire.test;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * Signs as Stripe does, for {@code StripeSignature}: {@code Stripe-Signature} reads
 * {@code t={timestamp},v1={signature}}, where the signature is the hex HMAC-SHA256, keyed with
 * the text of the endpoint's {@code whsec_…} secret (not decoded), of {@code {timestamp}.{body}}.
 *
 * <pre>{@code
 * StripeSigner stripe = Signers.stripe("whsec_test_secret");
 * WebhookRequest request = stripe.request("/stripe", "{\"id\":\"evt_1\",\"type\":\"charge.succeeded\"}");
 * }</pre>
 */
public final class StripeSigner extends Signer {
  private static final String SECRET_PREFIX = "whsec_";

  private final Hmac hmac;
  private final SigningTime time;

  StripeSigner(String endpointSecret) {
    this(Hmac.utf8Key(requireEndpointSecret(endpointSecret)), SigningTime.NOW);
  }

  private StripeSigner(Hmac hmac, SigningTime time) {
    this.hmac = hmac;
    this.time = time;
  }

  /** {@code StripeSignature} refuses any other secret, so a signer for one would be of no use. */
  private static String requireEndpointSecret(String secret) {
    Secrets.requireText("endpoint secret", secret);
    if (!secret.startsWith(SECRET_PREFIX) || secret.length() == SECRET_PREFIX.length()) {
      throw new IllegalArgumentException("a Stripe endpoint secret starts with " + SECRET_PREFIX + " and has text after it");
    }
    return secret;
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    String timestamp = time.epochSeconds();
    byte[] mac = hmac.sign(Hmac.utf8(timestamp + "."), body);
    return Map.of("Stripe-Signature", "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac));
  }

  @Override
  public StripeSigner at(Instant instant) {
    return new StripeSigner(hmac, SigningTime.at(instant));
  }

  @Override
  public String toString() {
    return "StripeSigner[" + time + "]";
  }
}
