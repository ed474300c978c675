package io.hookwire.it.core.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;

/** Answers in JSON each way a handler can: a returned object, and a {@link WebhookResponse#json} answer. */
@Webhook(path = "/json-answers", name = "json_answers", typeHeader = "X-Answer")
public class JsonAnswers {
  /** What every answer holds. */
  public record Receipt(String orderId, int itemCount) {}

  /** Jackson finds no property to write in it. */
  public static final class Opaque {}

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent("object")
  Receipt object(String body) {
    return new Receipt("A-1", 3);
  }

  @OnEvent("response")
  WebhookResponse response(String body) {
    return WebhookResponse.json(201, new Receipt("A-1", 3));
  }

  @OnEvent("unwritable")
  WebhookResponse unwritable(String body) {
    return WebhookResponse.json(200, new Opaque());
  }
}
