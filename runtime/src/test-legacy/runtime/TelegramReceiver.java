package io.hookwire.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A receiver with no constructor without parameters, whose path has a parameter with a mixed-case
 * name: {@code @Webhook(path = "/telegram/{botToken}/updates", name = "telegram")}. Its handler
 * answers with what it received, so tests can see how a request reached it.
 */
public class TelegramReceiver {
  private final String botToken;

  public TelegramReceiver(String botToken) {
    this.botToken = botToken;
  }

  /** {@code @Verify}, with {@code @PathParam("botToken") String token}. */
  boolean verify(String token) {
    return botToken.equals(token);
  }

  /** The catch-all {@code @OnEvent}, with the whole {@code WebhookRequest}. */
  Map<String, Object> update(WebhookRequest request) {
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("method", request.method());
    seen.put("path", request.path());
    seen.put("pathParams", request.pathParams());
    seen.put("queryParams", request.queryParams());
    seen.put("trace", request.headers("X-Trace"));
    seen.put("remoteAddress", request.remoteAddress());
    seen.put("body", request.bodyString());
    return seen;
  }
}
