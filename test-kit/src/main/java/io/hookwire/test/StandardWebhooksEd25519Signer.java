package io.hookwire.test;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * Signs as the asymmetric version of Standard Webhooks does, for {@code StandardWebhooks.ed25519}:
 * {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}, which is
 * {@code v1a,} followed by the base64 Ed25519 signature of <code>{id}.{timestamp}.{body}</code>.
 * Tests make their own key pair and build the verifier with {@link #publicKey()}:
 *
 * <pre>{@code
 * StandardWebhooksEd25519Signer webhooks = Signers.standardWebhooksEd25519();
 * StandardWebhooks verifier = StandardWebhooks.ed25519(webhooks.publicKey());
 * WebhookRequest first = webhooks.withId("msg_1").request("/hooks", "{\"type\":\"user.created\"}");
 * }</pre>
 *
 * <p>Each delivery gets a new random id unless one is fixed with {@link #withId(String)}.
 */
public final class StandardWebhooksEd25519Signer extends Signer {
  private final Ed25519Key key;
  private final SigningTime time;
  /** {@code null} for a new random id on every delivery. */
  private final String id;

  StandardWebhooksEd25519Signer(Ed25519Key key) {
    this(key, SigningTime.NOW, null);
  }

  private StandardWebhooksEd25519Signer(Ed25519Key key, SigningTime time, String id) {
    this.key = key;
    this.time = time;
    this.id = id;
  }

  /** The public key as senders publish it: {@code whpk_} followed by the base64 of its 32 bytes. */
  public String publicKey() {
    return "whpk_" + Base64.getEncoder().encodeToString(key.rawPublicKey());
  }

  /**
   * A signer like this one that sends {@code id} as {@code webhook-id}, to test how a receiver
   * handles a message delivered twice.
   *
   * @throws IllegalArgumentException if the id is empty or blank
   */
  public StandardWebhooksEd25519Signer withId(String id) {
    return new StandardWebhooksEd25519Signer(key, time, Secrets.requireText("id", id));
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return StandardWebhooksSigner.headers(id, time,
        content -> "v1a," + Base64.getEncoder().encodeToString(key.sign(content, body)));
  }

  @Override
  public StandardWebhooksEd25519Signer at(Instant instant) {
    return new StandardWebhooksEd25519Signer(key, SigningTime.at(instant), id);
  }

  @Override
  public String toString() {
    return "StandardWebhooksEd25519Signer[" + time + (id == null ? "" : ", " + id) + "]";
  }
}
