package io.hookwire.test;

import io.hookwire.runtime.verify.StandardWebhooks;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Signs as the Standard Webhooks specification does (Svix and others), for
 * {@code StandardWebhooks}: {@code webhook-id}, {@code webhook-timestamp} (Unix time) and
 * {@code webhook-signature}, which is {@code v1,} followed by the base64 HMAC-SHA256 of
 * <code>{id}.{timestamp}.{body}</code>, keyed with the base64-decoded part of the {@code whsec_…}
 * secret.
 *
 * <p>Each delivery gets a new random id unless one is fixed with {@link #withId(String)}, as a
 * sender's retry of one message would keep it.
 *
 * <pre>{@code
 * StandardWebhooksSigner webhooks = Signers.standardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
 * WebhookRequest first = webhooks.withId("msg_1").request("/hooks", "{\"type\":\"user.created\"}");
 * }</pre>
 */
public final class StandardWebhooksSigner extends Signer {
  private final Hmac hmac;
  private final SigningTime time;
  /** {@code null} for a new random id on every delivery. */
  private final String id;

  StandardWebhooksSigner(String secret) {
    this(new Hmac(key(secret)), SigningTime.NOW, null);
  }

  private StandardWebhooksSigner(Hmac hmac, SigningTime time, String id) {
    this.hmac = hmac;
    this.time = time;
    this.id = id;
  }

  // Decoded by the verifier itself, so that signer and verifier can never read a secret apart.
  private static byte[] key(String secret) {
    return StandardWebhooks.key(Secrets.requireText("secret", secret));
  }

  /**
   * A signer like this one that sends {@code id} as {@code webhook-id}, to test how a receiver
   * handles a message delivered twice.
   *
   * @throws IllegalArgumentException if the id is empty or blank
   */
  public StandardWebhooksSigner withId(String id) {
    return new StandardWebhooksSigner(hmac, time, Secrets.requireText("id", id));
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return headers(id, time, content -> "v1," + Base64.getEncoder().encodeToString(hmac.sign(content, body)));
  }

  /**
   * The three headers of both versions: the id ({@code null} for a random one), the timestamp,
   * and the signature that {@code signature} makes of the content before the body.
   */
  static Map<String, String> headers(String id, SigningTime time, Function<byte[], String> signature) {
    String messageId = id != null ? id : randomId();
    String timestamp = time.epochSeconds();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("webhook-id", messageId);
    headers.put("webhook-timestamp", timestamp);
    headers.put("webhook-signature", signature.apply(Hmac.utf8(messageId + "." + timestamp + ".")));
    return Collections.unmodifiableMap(headers);
  }

  /** Shaped like a sender's ids ({@code msg_…}); only uniqueness matters. */
  private static String randomId() {
    return "msg_" + UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  public StandardWebhooksSigner at(Instant instant) {
    return new StandardWebhooksSigner(hmac, SigningTime.at(instant), id);
  }

  @Override
  public String toString() {
    return "StandardWebhooksSigner[" + time + (id == null ? "" : ", " + id) + "]";
  }
}
