package io.hookwire.example.discord;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The parts of Discord's interactions that the live blog reads, and its answers. Any field of an
 * interaction may be absent.
 */
public final class DiscordPayloads {
  private DiscordPayloads() {}

  /**
   * An interaction: {@code type} 1 is Discord's {@code PING}, 2 an application (slash) command.
   *
   * @param member who ran the command in a server; {@code user} is set instead in a direct message
   */
  public record Interaction(
      String id,
      int type,
      CommandData data,
      @JsonProperty("channel_id") String channelId,
      Channel channel,
      Member member,
      User user) {}

  /** The command run and its options. */
  public record CommandData(String name, List<Option> options) {}

  /** One option of a command; {@code value} is a string for a {@code STRING} option (type 3). */
  public record Option(String name, int type, Object value) {}

  /** The channel the command was run in. */
  public record Channel(String id, String name) {}

  /** A member of a server. */
  public record Member(User user, String nick) {}

  /** A user. */
  public record User(String id, String username, @JsonProperty("global_name") String globalName) {}

  /**
   * What Discord is answered: {@code {"type":1}} for a {@code PING}, or a message (type 4,
   * {@code CHANNEL_MESSAGE_WITH_SOURCE}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InteractionResponse(int type, MessageData data) {
    /** The answer to a {@code PING}. */
    public static final InteractionResponse PONG = new InteractionResponse(1, null);

    /** A message shown to everyone in the channel. */
    public static InteractionResponse message(String content) {
      return new InteractionResponse(4, new MessageData(content, null, MessageData.NO_MENTIONS));
    }

    /** A message shown only to whoever ran the command. */
    public static InteractionResponse ephemeral(String content) {
      return new InteractionResponse(4, new MessageData(content, MessageData.EPHEMERAL, MessageData.NO_MENTIONS));
    }
  }

  /**
   * A message's content. Mentions are switched off: the content repeats what a user typed, and an
   * {@code @everyone} in it must not notify a whole server.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record MessageData(
      String content, Integer flags, @JsonProperty("allowed_mentions") Map<String, List<String>> allowedMentions) {
    static final int EPHEMERAL = 64;
    static final Map<String, List<String>> NO_MENTIONS = Map.of("parse", List.of());
  }
}
