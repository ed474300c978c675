package io.hookwire.it.core.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;

/**
 * Receivers of another compilation whose name or path is taken already by a receiver of
 * {@code io.hookwire.it.receivers}: the processor sees one compilation at a time, so only the
 * runtime, which mounts every jar's receivers together, can catch these clashes.
 */
public final class Twins {
  private Twins() {}

  /** Has the path of {@code PingReceiver}. */
  @Webhook(path = "/ping", name = "ping-twin")
  public static class SamePath {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String ping(String body) {
      return "pong from the twin";
    }
  }

  /** Has the name of {@code PingReceiver}. */
  @Webhook(path = "/elsewhere", name = "ping")
  public static class SameName {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String ping(String body) {
      return "pong from elsewhere";
    }
  }

  /** Has the path of {@code TelegramReceiver} with another parameter name: the same route. */
  @Webhook(path = "/telegram/{chatId}/updates", name = "telegram-twin")
  public static class SameRoute {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String update(String body) {
      return "update";
    }
  }
}
