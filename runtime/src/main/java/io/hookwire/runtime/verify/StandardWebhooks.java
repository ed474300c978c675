package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Verifies a signature of the Standard Webhooks specification (used by Svix and others):
 * {@code webhook-signature} lists, separated by spaces, {@code v1,} followed by the base64
 * HMAC-SHA256 of <code>{webhook-id}.{webhook-timestamp}.{raw body}</code>, keyed with the
 * base64-decoded part of the {@code whsec_…} secret; the timestamp must lie within five minutes
 * of now. Any one {@code v1} signature matching suffices; other versions, such as the asymmetric
 * {@code v1a}, are ignored.
 *
 * <p>Immutable and thread-safe; build it once, with the secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { webhooks.verify(request); }
 * }</pre>
 */
public final class StandardWebhooks {
  static final String ID = "webhook-id";
  static final String TIMESTAMP = "webhook-timestamp";
  static final String SIGNATURE = "webhook-signature";
  private static final String VERSION = "v1";
  private static final String SECRET_PREFIX = "whsec_";

  private final SigningKeys keys;
  private final TimestampWindow window;

  /**
   * A verifier for the endpoint's secret; while rotating, also pass the secrets still in use.
   *
   * @param secret the current secret, {@code whsec_} followed by base64; the prefix may be left
   *     out, as the specification's reference libraries allow
   * @param previousSecrets older secrets that are still accepted, if any
   * @throws NullPointerException if a secret is {@code null}
   * @throws IllegalArgumentException if a secret is empty, blank, or not base64 after the prefix
   */
  public StandardWebhooks(String secret, String... previousSecrets) {
    this(SigningKeys.decoded(Secrets.all("secret", secret, previousSecrets), StandardWebhooks::key),
        TimestampWindow.DEFAULT);
  }

  private StandardWebhooks(SigningKeys keys, TimestampWindow window) {
    this.keys = keys;
    this.window = window;
  }

  /**
   * The HMAC key of a Standard Webhooks secret, decoded as this verifier decodes it: the base64
   * after the {@code whsec_} prefix, which may be left out. Public so that signers for tests
   * derive their key exactly as the verifier does.
   *
   * @throws IllegalArgumentException if the secret is not base64 after the prefix, or empty
   */
  public static byte[] key(String secret) {
    String base64 = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
    try {
      byte[] key = Base64.getDecoder().decode(base64);
      if (key.length > 0) {
        return key;
      }
    } catch (IllegalArgumentException e) {
      // Reported below, without the cause, whose message could quote part of the secret.
    }
    throw new IllegalArgumentException("a Standard Webhooks secret is " + SECRET_PREFIX + " followed by base64");
  }

  /** A verifier like this one that reads the time from {@code clock}; for tests. */
  public StandardWebhooks withClock(Clock clock) {
    return new StandardWebhooks(keys, window.withClock(clock));
  }

  /** A verifier like this one that accepts timestamps up to {@code tolerance} from now (default five minutes). */
  public StandardWebhooks withTolerance(Duration tolerance) {
    return new StandardWebhooks(keys, window.withTolerance(tolerance));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if a header is missing, empty, duplicated or malformed,
   *     has no {@code v1} signature, the timestamp is outside the window, or no signature matches
   *     a secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    String id = RequestHeaders.single(request, ID);
    String timestamp = RequestHeaders.single(request, TIMESTAMP);
    SignatureList list = SignatureList.parse(SIGNATURE, RequestHeaders.single(request, SIGNATURE), ' ', ',');
    byte[][] signatures = list.signatures(VERSION, Encodings::base64);
    window.check(TIMESTAMP, timestamp);
    byte[] prefix = Encodings.signedPrefix(id, '.', timestamp, '.');
    keys.requireMatch(SIGNATURE, signatures, prefix, request.bodyBytes());
  }

  @Override
  public String toString() {
    return "StandardWebhooks[" + keys + ", " + window + "]";
  }
}
