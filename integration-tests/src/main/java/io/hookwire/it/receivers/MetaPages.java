package io.hookwire.it.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.Handshake;
import io.hookwire.OnEvent;
import io.hookwire.QueryParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.verify.GitHubSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Meta (Facebook, Instagram, WhatsApp) webhook: Meta checks the endpoint with a {@code GET}
 * carrying {@code hub.mode=subscribe}, the verify token chosen in the app's settings and a
 * challenge to echo; it signs deliveries as GitHub does, with {@code X-Hub-Signature-256}.
 */
@Webhook(path = MetaPages.PATH, name = "meta_pages", typePointer = "/object")
public class MetaPages {
  public static final String PATH = "/meta/pages";

  private final byte[] verifyToken;
  private final GitHubSignature signature;
  private final AtomicInteger verifications = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();

  public MetaPages(String verifyToken, String appSecret) {
    this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
    this.signature = new GitHubSignature(appSecret);
  }

  @Handshake
  WebhookResponse subscribe(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
      @QueryParam("hub.challenge") String challenge) {
    boolean genuine = MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
    return mode.equals("subscribe") && genuine
        ? WebhookResponse.text(200, challenge)
        : WebhookResponse.text(403, "Forbidden.");
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    verifications.incrementAndGet();
    signature.verify(request);
  }

  @OnEvent("page")
  void page(JsonNode entry) {
    pages.incrementAndGet();
  }

  /** How often {@code @Verify} ran. */
  public int verifications() {
    return verifications.get();
  }

  /** How many page deliveries were handled. */
  public int pages() {
    return pages.get();
  }
}
