package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;

/**
 * Verifies Zoom's webhook signature: {@code x-zm-signature} is {@code v0=} followed by the hex
 * HMAC-SHA256, keyed with the app's secret token, of {@code v0:{timestamp}:{raw body}}, where the
 * timestamp is {@code x-zm-request-timestamp} (Unix seconds), which must lie within five minutes
 * of now.
 *
 * <p>Zoom's endpoint validation ({@code endpoint.url_validation}) is an ordinary signed delivery,
 * verified like any other; its handler answers with the HMAC of the plain token.
 *
 * <p>Immutable and thread-safe; build it once, with the secret token, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { zoom.verify(request); }
 * }</pre>
 */
public final class ZoomSignature {
  static final String TIMESTAMP = "x-zm-request-timestamp";
  static final String SIGNATURE = "x-zm-signature";

  private final HmacSignature hmac;

  /**
   * A verifier for the app's secret token; while rotating, also pass the tokens still in use.
   *
   * @param secretToken the app's current secret token, from its Feature page
   * @param previousTokens older secret tokens that are still accepted, if any
   * @throws NullPointerException if a token is {@code null}
   * @throws IllegalArgumentException if a token is empty or blank
   */
  public ZoomSignature(String secretToken, String... previousTokens) {
    this(HmacSignature.builder().signatureHeader(SIGNATURE).prefix("v0=").timestampHeader(TIMESTAMP)
        .signedContent("v0:{timestamp}:{body}").namedSecrets("secret token", secretToken, previousTokens).build());
  }

  private ZoomSignature(HmacSignature hmac) {
    this.hmac = hmac;
  }

  /** A verifier like this one that reads the time from {@code clock}; for tests. */
  public ZoomSignature withClock(Clock clock) {
    return new ZoomSignature(hmac.withClock(clock));
  }

  /** A verifier like this one that accepts timestamps up to {@code tolerance} from now (default five minutes). */
  public ZoomSignature withTolerance(Duration tolerance) {
    return new ZoomSignature(hmac.withTolerance(tolerance));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if a header is missing, empty, duplicated or malformed,
   *     the timestamp is outside the window, or the signature matches no secret token
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    hmac.verify(request);
  }

  @Override
  public String toString() {
    return "ZoomSignature[" + hmac + "]";
  }
}
