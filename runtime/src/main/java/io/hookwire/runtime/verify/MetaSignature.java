package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;

/**
 * Verifies the signature of Meta's webhooks (Facebook, Instagram, WhatsApp, Messenger):
 * {@code X-Hub-Signature-256} is {@code sha256=} followed by the hex HMAC-SHA256, keyed with the
 * app secret, of the raw body.
 *
 * <p>Meta signs no timestamp, so there is no replay window. The {@code GET} with
 * {@code hub.challenge} by which Meta confirms an endpoint carries no signature, so no verifier
 * can check it: whatever answers it compares {@code hub.verify_token} with your own token.
 *
 * <p>Immutable and thread-safe; build it once, with the app secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { meta.verify(request); }
 * }</pre>
 */
public final class MetaSignature {
  static final String SIGNATURE = "X-Hub-Signature-256";

  private final HmacSignature hmac;

  /**
   * A verifier for the app secret; while rotating, also pass the secrets still in use.
   *
   * @param appSecret the app's current secret, from its Basic Settings page
   * @param previousSecrets older app secrets that are still accepted, if any
   * @throws NullPointerException if a secret is {@code null}
   * @throws IllegalArgumentException if a secret is empty or blank
   */
  public MetaSignature(String appSecret, String... previousSecrets) {
    this.hmac = HmacSignature.builder().signatureHeader(SIGNATURE).prefix("sha256=")
        .namedSecrets("app secret", appSecret, previousSecrets).build();
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing, empty, duplicated or
   *     malformed, or the signature matches no secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    hmac.verify(request);
  }

  @Override
  public String toString() {
    return "MetaSignature[" + hmac + "]";
  }
}
