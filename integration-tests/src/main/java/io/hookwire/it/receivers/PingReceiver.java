package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;

/**
 * The smallest receiver, with a constructor without parameters: a {@code @Verify} that accepts
 * everything and a catch-all that answers {@code pong}.
 */
@Webhook(path = "/ping", name = "ping")
public class PingReceiver {

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  String ping(String body) {
    return "pong";
  }
}
