package io.hookwire.it.core.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;

/** A receiver whose handler a test double may override, as applications do in their tests. */
@Webhook(path = "/greeter", name = "greeter")
public class Greeter {

  @Verify
  protected void verify(WebhookRequest request) {}

  @OnEvent
  protected String greet(String body) {
    return "hello";
  }
}
