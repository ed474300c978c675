package io.hookwire.it.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SlackSignature;

/**
 * Slack's slash commands, which arrive as form bodies: each field of the form is a property of the
 * event, and {@code /command} names the handler. One handler per kind of event parameter.
 */
@Webhook(path = SlackCommands.PATH, name = "slack_commands", typePointer = "/command")
public class SlackCommands {
  public static final String PATH = "/slack/commands";

  /** The fields of a slash command that {@code /weather} reads. */
  public record SlashCommand(String command, String text, String user_id, String team_id) {}

  /** A command whose {@code times} must be a number. */
  public record Repeat(String text, int times) {}

  /** A POJO with public fields, as older code binds events. */
  public static class Lookup {
    public String text;
    public String channel_name;
  }

  private final SlackSignature signature;

  public SlackCommands(String signingSecret) {
    this.signature = new SlackSignature(signingSecret);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("/weather")
  String weather(SlashCommand command) {
    return "Weather in " + command.text() + " for " + command.user_id() + " of " + command.team_id();
  }

  @OnEvent("/repeat")
  String repeat(Repeat repeat) {
    return repeat.text().repeat(repeat.times());
  }

  @OnEvent("/lookup")
  String lookup(Lookup lookup) {
    return "Looking up " + lookup.text + " in #" + lookup.channel_name;
  }

  @OnEvent("/raw")
  String raw(String body) {
    return body;
  }

  /** Any other command: its fields, as the JSON object they were bound as. */
  @OnEvent
  JsonNode fields(JsonNode command) {
    return command;
  }
}
