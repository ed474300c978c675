package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Verifies a signature of the Standard Webhooks specification (used by Svix and others):
 * {@code webhook-signature} lists, separated by spaces, {@code v1,} followed by the base64
 * HMAC-SHA256 of <code>{webhook-id}.{webhook-timestamp}.{raw body}</code>, keyed with the
 * base64-decoded part of the {@code whsec_…} secret; the timestamp must lie within five minutes
 * of now. Any one {@code v1} signature matching suffices; other versions are ignored.
 *
 * <p>{@link #ed25519(String, String...)} verifies the asymmetric version instead: {@code v1a,}
 * followed by the base64 Ed25519 signature of the same content, checked with the sender's
 * {@code whpk_…} public key. Whoever holds a {@code v1} secret can sign as well as verify; a
 * {@code v1a} public key can only verify, so leaking it lets nobody forge a delivery.
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
  private static final String ED25519_VERSION = "v1a";
  private static final String SECRET_PREFIX = "whsec_";
  private static final String PUBLIC_KEY_PREFIX = "whpk_";
  private static final SignatureList LIST = new SignatureList(SIGNATURE, ' ', ',');

  private final String version;
  private final SignatureList.Decoder decoder;
  private final SignatureCheck keys;
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
    this(VERSION, SignatureText.base64(HmacKey.MAC_BYTES), SigningKeys.decoded(Secrets.all("secret", secret, previousSecrets),
        StandardWebhooks::key), TimestampWindow.DEFAULT);
  }

  private StandardWebhooks(String version, SignatureList.Decoder decoder, SignatureCheck keys, TimestampWindow window) {
    this.version = version;
    this.decoder = decoder;
    this.keys = keys;
    this.window = window;
  }

  /**
   * A verifier of the asymmetric version {@code v1a}, for the sender's Ed25519 public key; while
   * the sender rotates its key pair, also pass the keys still in use. {@code v1} signatures in
   * the same header are ignored.
   *
   * @param publicKey the current public key, {@code whpk_} followed by the base64 of its 32
   *     bytes; the prefix may be left out
   * @param previousKeys older public keys that are still accepted, if any
   * @throws NullPointerException if a key is {@code null}
   * @throws IllegalArgumentException if a key is empty, blank, not base64 after the prefix, or
   *     not an Ed25519 public key of 32 bytes
   */
  public static StandardWebhooks ed25519(String publicKey, String... previousKeys) {
    List<byte[]> raw = Secrets.all("public key", publicKey, previousKeys).stream()
        .map(StandardWebhooks::publicKey).toList();
    return new StandardWebhooks(ED25519_VERSION, SignatureText.base64(Ed25519Keys.SIGNATURE_BYTES),
        Ed25519Keys.of("public key", raw), TimestampWindow.DEFAULT);
  }

  /**
   * The raw 32 bytes of a {@code whpk_…} public key, decoded as this verifier decodes it. Public
   * so that signers for tests read keys exactly as the verifier does.
   *
   * @throws IllegalArgumentException if the key is not base64 after the prefix
   */
  public static byte[] publicKey(String key) {
    return decodeBase64(key, PUBLIC_KEY_PREFIX, "a Standard Webhooks public key");
  }
  /**
   * The HMAC key of a Standard Webhooks secret, decoded as this verifier decodes it: the base64
   * after the {@code whsec_} prefix, which may be left out. Public so that signers for tests
   * derive their key exactly as the verifier does.
   *
   * @throws IllegalArgumentException if the secret is not base64 after the prefix, or empty
   */
  public static byte[] key(String secret) {
    return decodeBase64(secret, SECRET_PREFIX, "a Standard Webhooks secret");
  }

  private static byte[] decodeBase64(String text, String prefix, String what) {
    String base64 = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    try {
      byte[] key = Base64.getDecoder().decode(base64);
      if (key.length > 0) {
        return key;
      }
    } catch (IllegalArgumentException e) {
      // Reported below, without the cause, whose message could quote part of the secret.
    }
    throw new IllegalArgumentException(what + " is " + prefix + " followed by base64");
  }

  /** A verifier like this one that reads the time from {@code clock}; for tests. */
  public StandardWebhooks withClock(Clock clock) {
    return new StandardWebhooks(version, decoder, keys, window.withClock(clock));
  }

  /** A verifier like this one that accepts timestamps up to {@code tolerance} from now (default five minutes). */
  public StandardWebhooks withTolerance(Duration tolerance) {
    return new StandardWebhooks(version, decoder, keys, window.withTolerance(tolerance));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if a header is missing, empty, duplicated or malformed,
   *     has no signature of this verifier's version ({@code v1}, or {@code v1a}), the timestamp
   *     is outside the window, or no signature matches a secret or key
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    String id = RequestHeaders.single(request, ID);
    String timestamp = RequestHeaders.single(request, TIMESTAMP);
    byte[][] signatures = LIST.signatures(LIST.check(RequestHeaders.single(request, SIGNATURE)), version, decoder);
    window.check(TIMESTAMP, timestamp);
    SignedPrefix prefix = SignedPrefix.start().text(id).ascii('.').text(timestamp).ascii('.');
    keys.requireMatch(SIGNATURE, signatures, prefix, request.bodyBytes());
  }

  @Override
  public String toString() {
    return "StandardWebhooks[" + keys + ", " + window + "]";
  }
}
