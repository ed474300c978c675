package io.hookwire.test.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;

/** A receiver made by its constructor without parameters, that takes every delivery. */
@Webhook(path = "/ping", name = "ping")
public class PingReceiver {
  @Verify
  boolean verify(WebhookRequest request) {
    return true;
  }

  @OnEvent
  String pong(String body) {
    return "pong " + body;
  }
}
