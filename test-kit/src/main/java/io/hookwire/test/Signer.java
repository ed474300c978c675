package io.hookwire.test;

import io.hookwire.runtime.WebhookRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Signs test deliveries as one provider does, so that a receiver's real verifier accepts them.
 * Get one from {@link Signers}:
 *
 * <pre>{@code
 * Signer github = Signers.github("the webhook secret");
 * WebhookResponse response = hookwire.handle(github.request("/github", "{\"zen\":\"Keep it simple.\"}"));
 *
 * Map<String, String> headers = Signers.slack("signing secret").at(Instant.now().minus(Duration.ofMinutes(10)))
 *     .headers(body); // too old: the receiver must answer 403
 * }</pre>
 *
 * <p>Every signer is immutable and thread-safe; {@link #at(Instant)} returns a new one.
 */
public abstract class Signer {
  /** The content type of {@link #request(String, String)}: deliveries of these providers are JSON. */
  public static final String JSON = "application/json";

  // Only the kit's own signers: each must be the exact inverse of a verifier.
  Signer() {}

  /**
   * The headers the provider sends to authenticate this body, by name as the provider spells it:
   * the signature, and the timestamp and id where the scheme signs them. A timestamped signer
   * signs as of now, unless made with {@link #at(Instant)}.
   *
   * @param body the raw body, exactly as it will be sent
   * @return an unmodifiable map, in the order the provider's documentation lists the headers
   */
  public final Map<String, String> headers(byte[] body) {
    return signedHeaders(Objects.requireNonNull(body, "body must not be null"));
  }

  /** {@link #headers(byte[])} for a body known not to be {@code null}. */
  abstract Map<String, String> signedHeaders(byte[] body);

  /** The headers for this body, encoded as UTF-8; see {@link #headers(byte[])}. */
  public final Map<String, String> headers(String body) {
    return headers(Hmac.utf8(Objects.requireNonNull(body, "body must not be null")));
  }

  /**
   * A {@code POST} of this body to {@code path}, with {@code Content-Type: application/json} and
   * the headers of {@link #headers(byte[])}: ready for {@code Hookwire#handle}.
   *
   * @param path the receiver's path, without a query string: {@code /github}
   * @param body the body, sent as UTF-8
   */
  public final WebhookRequest request(String path, String body) {
    Objects.requireNonNull(path, "path must not be null");
    return delivery(path, Hmac.utf8(Objects.requireNonNull(body, "body must not be null"))).build();
  }

  /**
   * The signed JSON request of {@link #request(String, String)}: the body with the headers of
   * {@link #headers(byte[])}. A scheme that signs more than headers carry (Twilio's URL,
   * Linear's timestamp in the body) overrides it.
   */
  WebhookRequest.Builder delivery(String path, byte[] body) {
    WebhookRequest.Builder request = WebhookRequest.builder().method("POST").path(path)
        .header("Content-Type", JSON).body(body);
    headers(body).forEach(request::header);
    return request;
  }

  /**
   * A signer like this one that signs as of {@code instant} rather than now, to test the replay
   * window: a signature from ten minutes ago must be refused. Signers of schemes without a
   * timestamp (GitHub, a secret token) sign the same at any instant.
   *
   * @throws IllegalArgumentException if the instant is before 1970, which no provider can send
   */
  public abstract Signer at(Instant instant);
}
