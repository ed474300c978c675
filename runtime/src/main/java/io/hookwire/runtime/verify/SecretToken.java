package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Verifies a header that must carry a shared secret as it is, such as Telegram's
 * {@code X-Telegram-Bot-Api-Secret-Token} (the {@code secret_token} given to
 * {@code setWebhook}). It proves who sent the request, but, unlike a signature, neither that the
 * body is intact nor when it was sent: use it over HTTPS only.
 *
 * <p>Immutable and thread-safe; build it once, with the secret, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { token.verify(request); }
 * }</pre>
 */
public final class SecretToken {
  /** The header in which Telegram sends the secret token. */
  public static final String TELEGRAM_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** The header in which GitLab sends a webhook's secret token. */
  public static final String GITLAB_HEADER = "X-Gitlab-Token";

  private static final byte[] NOTHING_MORE = new byte[0];

  private final String header;
  private final HmacKey blinding;
  // An array rather than a list: iterating it on every delivery allocates nothing.
  private final byte[][] expected;

  /**
   * A verifier that requires {@code header} to equal the secret, or while rotating one of the
   * previous secrets.
   *
   * @param header the name of the header, compared case-insensitively
   * @param secret the current secret
   * @param previousSecrets older secrets that are still accepted, if any
   * @throws NullPointerException if the header or a secret is {@code null}
   * @throws IllegalArgumentException if the header or a secret is empty or blank, or a secret
   *     starts or ends with whitespace
   */
  public SecretToken(String header, String secret, String... previousSecrets) {
    this.header = requireHeaderName(header);
    this.blinding = new HmacKey(randomKey());
    this.expected = Secrets.all("secret token", secret, previousSecrets).stream()
        .map(SecretToken::requireNoSurroundingWhitespace).map(this::blind).toArray(byte[][]::new);
  }

  /** A verifier of Telegram's {@value #TELEGRAM_HEADER} against the bot's webhook secret token. */
  public static SecretToken telegram(String secret, String... previousSecrets) {
    return new SecretToken(TELEGRAM_HEADER, secret, previousSecrets);
  }

  /**
   * A verifier of GitLab's {@value #GITLAB_HEADER} against the webhook's secret token. GitLab
   * signs nothing: the token proves the sender, not the body, so use HTTPS.
   */
  public static SecretToken gitlab(String secret, String... previousSecrets) {
    return new SecretToken(GITLAB_HEADER, secret, previousSecrets);
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing, empty or duplicated, or
   *     matches no secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    // The received value is blinded as the secrets were, through this thread's buffer, and its
    // MAC compared with each of theirs in constant time.
    SignedPrefix received = SignedPrefix.start().text(RequestHeaders.single(request, header));
    boolean matches;
    try {
      matches = blinding.matchesAny(expected, received, NOTHING_MORE);
    } finally {
      // A genuine value is the secret itself: the buffer does not keep it until its next use.
      received.erase();
    }
    if (!matches) {
      throw Rejections.reject(Rejections.noMatch(header));
    }
  }

  /**
   * Values are compared through their HMAC under a key drawn at random when the verifier is
   * built, never directly. {@link java.security.MessageDigest#isEqual} answers at once when
   * lengths differ, so comparing the raw bytes would tell an attacker the secret's length; the
   * MACs always have 32 bytes. A plain hash would do that too, but a keyed one goes further: the
   * attacker cannot compute the MAC of a guess, so even a comparison that stopped early would
   * reveal nothing they could use. Padding, the other choice, needs a maximum length and still
   * compares bytes of the secret itself. As a bonus the verifier keeps no copy of the secret.
   */
  private byte[] blind(String value) {
    return blinding.sign(value.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] randomKey() {
    byte[] key = new byte[HmacKey.MAC_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /**
   * HTTP drops the whitespace around a header's value, so a secret with whitespace around it could
   * never match: refused here rather than failing every delivery later.
   */
  private static String requireNoSurroundingWhitespace(String secret) {
    if (!secret.equals(secret.strip())) {
      throw new IllegalArgumentException("secret token must not start or end with whitespace: HTTP drops it from headers");
    }
    return secret;
  }

  private static String requireHeaderName(String header) {
    Objects.requireNonNull(header, "header name must not be null");
    if (header.isBlank()) {
      throw new IllegalArgumentException("header name must not be empty or blank");
    }
    return header;
  }

  @Override
  public String toString() {
    return "SecretToken[" + header + ", " + Secrets.count(expected.length) + "]";
  }
}
