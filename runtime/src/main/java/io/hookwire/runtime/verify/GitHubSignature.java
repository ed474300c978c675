package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;

/**
 * Verifies GitHub's webhook signature: {@code X-Hub-Signature-256} is {@code sha256=} followed by
 * the hex HMAC-SHA256, keyed with the webhook's secret, of the raw body.
 *
 * <p>The legacy {@code X-Hub-Signature} (HMAC-SHA1) is never accepted in its place: GitHub sends
 * both, so a request carrying only the SHA-1 one did not come from GitHub as it is today. GitHub
 * signs no timestamp, so there is no replay window, and not the {@code X-GitHub-Delivery} id
 * either: a captured delivery can be resent under any id. Declare that id with
 * {@code @Webhook(deliveryIdHeader = "X-GitHub-Delivery")} (and {@code deliveryIdSigned} left
 * {@code false}), and Hookwire recognises a replayed body under any id.
 *
 * <p>Immutable and thread-safe; build it once, with the secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { github.verify(request); }
 * }</pre>
 */
public final class GitHubSignature {
  static final String SIGNATURE = "X-Hub-Signature-256";
  static final String LEGACY_SIGNATURE = "X-Hub-Signature";
  private static final String PREFIX = "sha256=";

  private final SigningKeys keys;

  /**
   * A verifier for the webhook's secret; while rotating, also pass the secrets still in use.
   *
   * @param secret the webhook's current secret, as entered in its settings
   * @param previousSecrets older secrets that are still accepted, if any
   * @throws NullPointerException if a secret is {@code null}
   * @throws IllegalArgumentException if a secret is empty or blank
   */
  public GitHubSignature(String secret, String... previousSecrets) {
    this.keys = SigningKeys.utf8(Secrets.all("webhook secret", secret, previousSecrets));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing (even when only the SHA-1 one
   *     is present), empty, duplicated or malformed, or the signature matches no secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    requireSha256Header(request);
    String value = RequestHeaders.single(request, SIGNATURE);
    int hexStart = RequestHeaders.afterPrefix(SIGNATURE, value, PREFIX);
    byte[] signature = SignatureText.hex(SIGNATURE, value, hexStart, value.length(), HmacKey.MAC_BYTES);
    keys.requireMatch(SIGNATURE, signature, SignedPrefix.start(), request.bodyBytes());
  }

  /** Says so when a sender offers only SHA-1, so the log points at the real cause. */
  private static void requireSha256Header(WebhookRequest request) throws RequestVerificationException {
    if (request.headers(SIGNATURE).isEmpty() && !request.headers(LEGACY_SIGNATURE).isEmpty()) {
      throw Rejections.reject(Rejections.missingBesideLegacy(SIGNATURE, LEGACY_SIGNATURE));
    }
  }

  @Override
  public String toString() {
    return "GitHubSignature[" + keys + "]";
  }
}
