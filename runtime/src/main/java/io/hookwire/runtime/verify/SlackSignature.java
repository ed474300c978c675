package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;

/**
 * Verifies Slack's request signature: {@code X-Slack-Signature} is {@code v0=} followed by the
 * hex HMAC-SHA256, keyed with the app's signing secret, of {@code v0:{timestamp}:{raw body}},
 * where the timestamp is {@code X-Slack-Request-Timestamp}, which must lie within five minutes of
 * now.
 *
 * <p>Immutable and thread-safe; build it once, with the secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { slack.verify(request); }
 * }</pre>
 */
public final class SlackSignature {
  static final String TIMESTAMP = "X-Slack-Request-Timestamp";
  static final String SIGNATURE = "X-Slack-Signature";
  private static final String VERSION = "v0";
  private static final String SIGNATURE_PREFIX = VERSION + "=";

  private final SigningKeys keys;
  private final TimestampWindow window;

  /**
   * A verifier for the app's signing secret; while rotating, also pass the secrets still in use.
   *
   * @param signingSecret the app's current signing secret, from its Basic Information page
   * @param previousSecrets older signing secrets that are still accepted, if any
   * @throws NullPointerException if a secret is {@code null}
   * @throws IllegalArgumentException if a secret is empty or blank
   */
  public SlackSignature(String signingSecret, String... previousSecrets) {
    this(SigningKeys.utf8(Secrets.all("signing secret", signingSecret, previousSecrets)), TimestampWindow.DEFAULT);
  }

  private SlackSignature(SigningKeys keys, TimestampWindow window) {
    this.keys = keys;
    this.window = window;
  }

  /** A verifier like this one that reads the time from {@code clock}; for tests. */
  public SlackSignature withClock(Clock clock) {
    return new SlackSignature(keys, window.withClock(clock));
  }

  /** A verifier like this one that accepts timestamps up to {@code tolerance} from now (default five minutes). */
  public SlackSignature withTolerance(Duration tolerance) {
    return new SlackSignature(keys, window.withTolerance(tolerance));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if a header is missing, empty, duplicated or malformed,
   *     the timestamp is outside the window, or the signature matches no secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    String timestamp = RequestHeaders.single(request, TIMESTAMP);
    String value = RequestHeaders.single(request, SIGNATURE);
    int hexStart = RequestHeaders.afterPrefix(SIGNATURE, value, SIGNATURE_PREFIX);
    byte[] signature = SignatureText.hex(SIGNATURE, value, hexStart, value.length(), HmacKey.MAC_BYTES);
    window.check(TIMESTAMP, timestamp);
    SignedPrefix base = SignedPrefix.start().text(VERSION).ascii(':').text(timestamp).ascii(':');
    keys.requireMatch(SIGNATURE, signature, base, request.bodyBytes());
  }

  @Override
  public String toString() {
    return "SlackSignature[" + keys + ", " + window + "]";
  }
}
