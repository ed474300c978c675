package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;

/**
 * Verifies Shopify's webhook signature: {@code X-Shopify-Hmac-Sha256} is the base64
 * HMAC-SHA256, keyed with the app's client secret, of the raw body.
 *
 * <p>Shopify signs no timestamp, so there is no replay window. {@code X-Shopify-Webhook-Id} is
 * not signed either; declare it with {@code @Webhook(deliveryIdHeader = "X-Shopify-Webhook-Id")}
 * (leaving {@code deliveryIdSigned} {@code false}) and Hookwire recognises a body delivered
 * again under any id.
 *
 * <p>Immutable and thread-safe; build it once, with the secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { shopify.verify(request); }
 * }</pre>
 */
public final class ShopifySignature {
  static final String SIGNATURE = "X-Shopify-Hmac-Sha256";

  private final HmacSignature hmac;

  /**
   * A verifier for the app's client secret; while rotating, also pass the secrets still in use.
   *
   * @param secret the app's current client secret (API secret key)
   * @param previousSecrets older secrets that are still accepted, if any
   * @throws NullPointerException if a secret is {@code null}
   * @throws IllegalArgumentException if a secret is empty or blank
   */
  public ShopifySignature(String secret, String... previousSecrets) {
    this.hmac = HmacSignature.builder().signatureHeader(SIGNATURE).encoding(HmacSignature.Encoding.BASE64)
        .namedSecrets("client secret", secret, previousSecrets).build();
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing, empty, duplicated or not the
   *     base64 of 32 bytes, or the signature matches no secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    hmac.verify(request);
  }

  @Override
  public String toString() {
    return "ShopifySignature[" + hmac + "]";
  }
}
