package io.hookwire.it.core.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;

/**
 * Slack's Events API: the outer {@code type}, then the inner {@code event.type}. Without a
 * catch-all, a type no handler names is acknowledged and ignored.
 */
@Webhook(path = "/slack-event-types", name = "slack_event_types", typePointer = {"/type", "/event/type"})
public class SlackEventTypes {
  public record Challenge(String challenge) {}

  public record Message(String text) {}

  public record Callback(Message event) {}

  @Verify
  boolean verify() {
    return true;
  }

  @OnEvent("url_verification")
  String challenge(Challenge challenge) {
    return challenge.challenge();
  }

  @OnEvent("event_callback.message")
  String message(Callback callback) {
    return "message " + callback.event().text();
  }

  @OnEvent("event_callback")
  String otherCallback(JsonNode callback) {
    return "callback";
  }
}
