package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.PathParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A receiver with no constructor without parameters, whose path has a parameter with a mixed-case
 * name. Its handler answers with what it received, so tests can see how a request reached it.
 */
@Webhook(path = "/telegram/{botToken}/updates", name = "telegram")
public class TelegramReceiver {
  private final String botToken;

  public TelegramReceiver(String botToken) {
    this.botToken = botToken;
  }

  @Verify
  boolean verify(@PathParam("botToken") String token) {
    return botToken.equals(token);
  }

  @OnEvent
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
