package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;

/**
 * Verifies Square's webhook signature: {@code x-square-hmacsha256-signature} is the base64
 * HMAC-SHA256, keyed with the subscription's signature key, of the notification URL followed by
 * the raw body.
 *
 * <p>The notification URL is the one entered in the subscription, exactly as entered: behind a
 * proxy the URL the request arrives at differs, so it is configured rather than read from the
 * request. Square signs no timestamp, so there is no replay window; declare the body's
 * {@code event_id} with {@code @Webhook(deliveryIdPointer = "/event_id")} to recognise a
 * delivery sent again.
 *
 * <p>Immutable and thread-safe; build it once and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { square.verify(request); }
 * }</pre>
 */
public final class SquareSignature {
  static final String SIGNATURE = "x-square-hmacsha256-signature";

  private final HmacSignature hmac;

  /**
   * A verifier for the subscription's signature key; while rotating, also pass the keys still in
   * use.
   *
   * @param notificationUrl the subscription's notification URL, exactly as entered at Square
   * @param signatureKey the subscription's current signature key
   * @param previousKeys older signature keys that are still accepted, if any
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the URL is not an absolute http or https URL without
   *     fragment, or a key is empty or blank
   */
  public SquareSignature(String notificationUrl, String signatureKey, String... previousKeys) {
    this.hmac = HmacSignature.builder().signatureHeader(SIGNATURE).encoding(HmacSignature.Encoding.BASE64)
        .url(notificationUrl).signedContent("{url}{body}")
        .namedSecrets("signature key", signatureKey, previousKeys).build();
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing, empty, duplicated or not the
   *     base64 of 32 bytes, or the signature matches no key
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    hmac.verify(request);
  }

  @Override
  public String toString() {
    return "SquareSignature[" + hmac + "]";
  }
}
