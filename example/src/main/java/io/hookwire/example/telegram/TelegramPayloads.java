package io.hookwire.example.telegram;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of Telegram's Bot API updates that the live blog reads; any field may be absent. */
public final class TelegramPayloads {
  private TelegramPayloads() {}

  /**
   * One update. It has no type field: which of its fields is present says what happened, so the
   * receiver has a single handler that looks.
   */
  public record Update(
      @JsonProperty("update_id") long updateId,
      Message message,
      @JsonProperty("edited_message") Message editedMessage,
      @JsonProperty("channel_post") Message channelPost,
      @JsonProperty("edited_channel_post") Message editedChannelPost) {}

  /** A message in a chat, or a post in a channel. */
  public record Message(
      @JsonProperty("message_id") long messageId,
      Chat chat,
      User from,
      @JsonProperty("author_signature") String authorSignature,
      String text,
      List<Entity> entities,
      String caption,
      @JsonProperty("caption_entities") List<Entity> captionEntities,
      List<PhotoSize> photo) {}

  /**
   * One size of a photo; Telegram sends several of each photo, smallest first.
   *
   * @param fileId what {@code getFile} takes
   * @param fileSize the size in bytes, when Telegram knows it
   */
  public record PhotoSize(
      @JsonProperty("file_id") String fileId, int width, int height, @JsonProperty("file_size") Long fileSize) {}

  /** A chat: private, group, supergroup or channel. */
  public record Chat(long id, String type, String title, String username, @JsonProperty("first_name") String firstName) {}

  /** A user. */
  public record User(
      long id, @JsonProperty("first_name") String firstName, @JsonProperty("last_name") String lastName, String username) {}

  /**
   * A marked-up run of a message's text. {@code offset} and {@code length} count UTF-16 code
   * units, as Java's strings do.
   */
  public record Entity(String type, int offset, int length, String url) {}
}
