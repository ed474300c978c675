package io.hookwire.it.core.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;

/** Receivers with body limits of their own, below and above the application's default. */
public final class BodyLimits {
  private BodyLimits() {}

  /** Takes bodies of up to 10 bytes. */
  @Webhook(path = "/limits/small", name = "small", maxBodyBytes = 10)
  public static class Small {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String size(String body) {
      return "took " + body.length() + " bytes";
    }
  }

  /** Takes bodies of up to 64 bytes. */
  @Webhook(path = "/limits/large", name = "large", maxBodyBytes = 64)
  public static class Large {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String size(String body) {
      return "took " + body.length() + " bytes";
    }
  }
}
