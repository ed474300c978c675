package io.hookwire.example.slack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The parts of Slack's Events API payloads that the live blog reads. Every field may be absent
 * ({@code null}): Slack's message events vary by subtype, and Hookwire's mapper ignores the
 * fields not named here.
 */
public final class SlackPayloads {
  private SlackPayloads() {}

  /** Sent once when the Request URL is saved: Slack expects {@code challenge} back. */
  public record UrlVerification(String challenge) {}

  /** The envelope of every event. */
  public record EventCallback(
      @JsonProperty("event_id") String eventId, @JsonProperty("team_id") String teamId, MessageEvent event) {}

  /**
   * A {@code message} event. A new message has no subtype (or {@code file_share}) and carries
   * the message itself; {@code message_changed} carries the edited {@link #message()};
   * {@code message_deleted} names the message by {@link #deletedTs()}.
   */
  public record MessageEvent(
      String type,
      String subtype,
      String channel,
      String user,
      String text,
      String ts,
      @JsonProperty("user_profile") UserProfile userProfile,
      List<SlackFile> files,
      Message message,
      @JsonProperty("deleted_ts") String deletedTs) {}

  /** The message inside a {@code message_changed} event. */
  public record Message(String user, String text, String ts, List<SlackFile> files) {}

  /** The author's names, which Slack includes in some message events. */
  public record UserProfile(@JsonProperty("display_name") String displayName, @JsonProperty("real_name") String realName) {}

  /**
   * A file shared with a message.
   *
   * @param mimetype such as {@code image/png}
   * @param prettyType Slack's name of its kind, such as {@code PNG} or {@code PDF}
   * @param urlPrivate the file itself, readable with a bot token that has {@code files:read}
   * @param urlPrivateDownload the same, as a download
   * @param permalink the file's page in Slack
   */
  public record SlackFile(
      String name,
      String title,
      String permalink,
      String mimetype,
      String filetype,
      @JsonProperty("pretty_type") String prettyType,
      @JsonProperty("url_private") String urlPrivate,
      @JsonProperty("url_private_download") String urlPrivateDownload) {}
}
