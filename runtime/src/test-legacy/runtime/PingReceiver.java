package io.hookwire.runtime;

/**
 * The smallest receiver, with a constructor without parameters:
 * {@code @Webhook(path = "/ping", name = "ping")}, a {@code @Verify} that accepts everything and a
 * catch-all that answers {@code pong}.
 */
public class PingReceiver {

  /** The catch-all {@code @OnEvent}, taking the raw body. */
  String ping(String body) {
    return "pong";
  }
}
