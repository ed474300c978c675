package io.hookwire.it.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.Handshake;
import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.QueryParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An X (Twitter) Account Activity webhook: X checks the endpoint with a {@code GET} carrying
 * {@code crc_token}, and expects {@code {"response_token":"sha256=…"}}, the base64 HMAC-SHA256 of
 * the token keyed with the app's consumer secret; deliveries carry the same HMAC of their body in
 * {@code X-Twitter-Webhooks-Signature}.
 */
@Webhook(path = XActivity.PATH, name = "x_activity")
public class XActivity {
  public static final String PATH = "/x/activity";

  /** The answer X expects to its CRC check. */
  public record Crc(String response_token) {}

  private final byte[] consumerSecret;

  public XActivity(String consumerSecret) {
    this.consumerSecret = consumerSecret.getBytes(StandardCharsets.UTF_8);
  }

  @Handshake
  Crc crc(@QueryParam("crc_token") String token) throws GeneralSecurityException {
    return new Crc(sign(token.getBytes(StandardCharsets.UTF_8)));
  }

  @Verify
  boolean verify(byte[] body, @Header("X-Twitter-Webhooks-Signature") String signature)
      throws GeneralSecurityException {
    return MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  @OnEvent
  void activity(JsonNode event) {}

  /** {@code sha256=} and the base64 HMAC-SHA256 of {@code data}, keyed with the consumer secret. */
  public String sign(byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(consumerSecret, "HmacSHA256"));
    return "sha256=" + Base64.getEncoder().encodeToString(mac.doFinal(data));
  }
}
