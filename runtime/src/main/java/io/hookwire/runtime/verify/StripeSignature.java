package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Verifies Stripe's webhook signature: {@code Stripe-Signature} reads {@code t=…,v1=…}, where
 * each {@code v1} is the hex HMAC-SHA256, keyed with the endpoint's {@code whsec_…} signing
 * secret (its text as given, not decoded), of {@code {t}.{raw body}}; {@code t} must lie within
 * 300 seconds of now.
 *
 * <p>Stripe may list several {@code v1} signatures (while an endpoint secret is being rolled);
 * any one matching suffices. Other schemes, such as the test-mode {@code v0}, are ignored.
 *
 * <p>Immutable and thread-safe; build it once, with the secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { stripe.verify(request); }
 * }</pre>
 */
public final class StripeSignature {
  static final String SIGNATURE = "Stripe-Signature";
  private static final String TIMESTAMP_LABEL = "t";
  private static final String SCHEME = "v1";
  private static final String SECRET_PREFIX = "whsec_";

  private static final SignatureList.Decoder HEX = SignatureText.hex(HmacKey.MAC_BYTES);
  private static final SignatureList LIST = new SignatureList(SIGNATURE, ',', '=');

  private final SigningKeys keys;
  private final TimestampWindow window;

  /**
   * A verifier for the endpoint's signing secret; while rolling it, also pass the secrets still
   * in use.
   *
   * @param endpointSecret the endpoint's current signing secret, {@code whsec_…}
   * @param previousSecrets older signing secrets that are still accepted, if any
   * @throws NullPointerException if a secret is {@code null}
   * @throws IllegalArgumentException if a secret is empty, blank, or does not start with
   *     {@code whsec_} (an API key {@code sk_…} passed by mistake, typically)
   */
  public StripeSignature(String endpointSecret, String... previousSecrets) {
    this(keys(Secrets.all("endpoint secret", endpointSecret, previousSecrets)), TimestampWindow.DEFAULT);
  }

  private StripeSignature(SigningKeys keys, TimestampWindow window) {
    this.keys = keys;
    this.window = window;
  }

  private static SigningKeys keys(List<String> secrets) {
    for (String secret : secrets) {
      if (!secret.startsWith(SECRET_PREFIX) || secret.length() == SECRET_PREFIX.length()) {
        throw new IllegalArgumentException(
            "a Stripe endpoint secret starts with " + SECRET_PREFIX + " and has text after it");
      }
    }
    return SigningKeys.utf8(secrets);
  }

  /** A verifier like this one that reads the time from {@code clock}; for tests. */
  public StripeSignature withClock(Clock clock) {
    return new StripeSignature(keys, window.withClock(clock));
  }

  /** A verifier like this one that accepts timestamps up to {@code tolerance} from now (default 300 seconds). */
  public StripeSignature withTolerance(Duration tolerance) {
    return new StripeSignature(keys, window.withTolerance(tolerance));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing, empty, duplicated or
   *     malformed, has no single {@code t} or no {@code v1}, the timestamp is outside the window,
   *     or no signature matches a secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    SignatureList.Entries header = LIST.check(RequestHeaders.single(request, SIGNATURE));
    int timestamp = timestampEntry(header);
    int timestampStart = header.valueStart(timestamp);
    int timestampEnd = header.valueEnd(timestamp);
    byte[][] signatures = LIST.signatures(header, SCHEME, HEX);
    // The timestamp is read where it stands in the header, never copied out of it.
    window.check(SIGNATURE, header.text(), timestampStart, timestampEnd);
    SignedPrefix prefix = SignedPrefix.start().text(header.text(), timestampStart, timestampEnd).ascii('.');
    keys.requireMatch(SIGNATURE, signatures, prefix, request.bodyBytes());
  }

  private static int timestampEntry(SignatureList.Entries header) throws RequestVerificationException {
    if (header.count(TIMESTAMP_LABEL) != 1) {
      throw Rejections.reject(Rejections.malformed(SIGNATURE, "expected exactly one t= timestamp"));
    }
    return header.indexOf(TIMESTAMP_LABEL);
  }

  @Override
  public String toString() {
    return "StripeSignature[" + keys + ", " + window + "]";
  }
}
