package io.hookwire.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * Signs as Linear does, for {@code LinearSignature}: {@code Linear-Signature} is the hex
 * HMAC-SHA256, keyed with the webhook's signing secret, of the body; and the body carries the
 * time it was sent as a top-level {@code webhookTimestamp} (Unix milliseconds), which the
 * verifier checks.
 *
 * <p>{@link #request(String, String)} adds that field to a JSON object that has none, as the last
 * field, with this signer's time ({@link #at(Instant)}); {@link #stamp(String)} does the same for
 * a body passed to {@link #headers(String)}, which signs the body as given.
 *
 * <pre>{@code
 * LinearSigner linear = Signers.linear("the webhook's signing secret");
 * WebhookRequest created = linear.request("/linear", "{\"action\":\"create\",\"type\":\"Issue\"}");
 * WebhookRequest stale = linear.at(Instant.now().minusSeconds(120)).request("/linear", "{}");
 * }</pre>
 */
public final class LinearSigner extends Signer {
  private static final String TIMESTAMP_FIELD = "webhookTimestamp";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Hmac hmac;
  private final SigningTime time;

  LinearSigner(String secret) {
    this(Hmac.utf8Key(Secrets.requireText("signing secret", secret)), SigningTime.NOW);
  }

  private LinearSigner(Hmac hmac, SigningTime time) {
    this.hmac = hmac;
    this.time = time;
  }

  /**
   * The body with {@code "webhookTimestamp": <this signer's time in ms>} added as its last field,
   * or unchanged if it has one at the top level.
   *
   * @throws IllegalArgumentException if the body is not a JSON object
   */
  public String stamp(String body) {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      tree = null;
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("a Linear body is a JSON object, to hold " + TIMESTAMP_FIELD);
    }
    if (tree.has(TIMESTAMP_FIELD)) {
      return body;
    }
    int end = body.lastIndexOf('}');
    String field = "\"" + TIMESTAMP_FIELD + "\":" + time.epochMillis();
    return body.substring(0, end) + (tree.isEmpty() ? "" : ",") + field + body.substring(end);
  }

  @Override
  WebhookRequest.Builder delivery(String path, byte[] body) {
    return super.delivery(path, Hmac.utf8(stamp(new String(body, StandardCharsets.UTF_8))));
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return Map.of("Linear-Signature", HexFormat.of().formatHex(hmac.sign(body)));
  }

  @Override
  public LinearSigner at(Instant instant) {
    return new LinearSigner(hmac, SigningTime.at(instant));
  }

  @Override
  public String toString() {
    return "LinearSigner[" + time + "]";
  }
}
