package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SlackSignature;
import java.util.List;

/**
 * Slack's interactivity requests: a form whose only field, {@code payload}, holds the JSON of the
 * interaction, whose {@code /type} names the handler.
 */
@Webhook(path = SlackInteractions.PATH, name = "slack_interactions", typePointer = "/type")
public class SlackInteractions {
  public static final String PATH = "/slack/interactions";

  public record User(String id, String username) {}

  public record Action(String action_id, String value) {}

  public record BlockActions(String type, User user, List<Action> actions) {}

  private final SlackSignature signature;

  public SlackInteractions(String signingSecret) {
    this.signature = new SlackSignature(signingSecret);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("block_actions")
  String clicked(BlockActions event) {
    Action action = event.actions().get(0);
    return event.user().username() + " clicked " + action.action_id() + " = " + action.value();
  }
}
