package io.hookwire.spring.app;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;

/** A receiver that is no bean: made with its constructor without parameters, as outside Spring. */
@Webhook(path = "/plain", name = "plain")
public class PlainReceiver {
  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  String handle(String body) {
    return "plain";
  }
}
