package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;

/**
 * Verifies Linear's webhook signature: {@code Linear-Signature} is the hex HMAC-SHA256, keyed
 * with the webhook's signing secret, of the raw body; then checks the body's
 * {@code webhookTimestamp} (Unix milliseconds) lies within a minute of now, as Linear advises.
 *
 * <p>Linear puts its timestamp in the body, not in a header, and signs the body only. So the
 * signature is checked first, on the raw bytes, and only a body it proves authentic is read for
 * the timestamp: nothing a forger sent is parsed. The timestamp being inside the signed body,
 * it cannot be changed without breaking the signature, which makes it as good as a signed
 * header for the replay window. Only the top-level {@code webhookTimestamp} field is read, by a
 * scan that stops there and allocates nothing, with Jackson's streaming parser behind it for
 * anything unusual; the handler still binds the body as usual. A signed body
 * without that field, or with one that is not a whole number, is refused.
 *
 * <p>Immutable and thread-safe; build it once, with the secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { linear.verify(request); }
 * }</pre>
 */
public final class LinearSignature {
  static final String SIGNATURE = "Linear-Signature";
  static final String TIMESTAMP_FIELD = "webhookTimestamp";
  /** The window Linear's documentation advises: one minute. */
  static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(1);
  private static final TopLevelNumber TIMESTAMP = new TopLevelNumber(TIMESTAMP_FIELD);

  private final HmacSignature hmac;
  private final TimestampWindow window;

  /**
   * A verifier for the webhook's signing secret; while rotating, also pass the secrets still in
   * use.
   *
   * @param secret the webhook's current signing secret
   * @param previousSecrets older signing secrets that are still accepted, if any
   * @throws NullPointerException if a secret is {@code null}
   * @throws IllegalArgumentException if a secret is empty or blank
   */
  public LinearSignature(String secret, String... previousSecrets) {
    this(HmacSignature.builder().signatureHeader(SIGNATURE)
            .namedSecrets("signing secret", secret, previousSecrets).build(),
        TimestampWindow.DEFAULT.withTolerance(DEFAULT_TOLERANCE));
  }

  private LinearSignature(HmacSignature hmac, TimestampWindow window) {
    this.hmac = hmac;
    this.window = window;
  }

  /** A verifier like this one that reads the time from {@code clock}; for tests. */
  public LinearSignature withClock(Clock clock) {
    return new LinearSignature(hmac, window.withClock(clock));
  }

  /** A verifier like this one that accepts timestamps up to {@code tolerance} from now (default one minute). */
  public LinearSignature withTolerance(Duration tolerance) {
    return new LinearSignature(hmac, window.withTolerance(tolerance));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing, empty, duplicated or
   *     malformed, the signature matches no secret, or the signed body has no whole-number
   *     {@code webhookTimestamp} within the window
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    hmac.verify(request);
    window.checkMillis(TIMESTAMP_FIELD, TIMESTAMP.read(request.bodyBytes()));
  }

  @Override
  public String toString() {
    return "LinearSignature[" + hmac + ", " + window + "]";
  }
}
