package io.hookwire.example.blog;

import java.util.Objects;

/**
 * What identifies a post by its origin, so that an edit or a deletion finds the post of the
 * original message, and a delivery sent twice (a provider's retry) adds nothing the second time.
 *
 * @param source where the message came from: {@code slack}, {@code telegram}, {@code github}
 * @param channel the conversation within the source: a Slack channel id, a Telegram chat id, a repository
 * @param messageId the message's id within the channel: Slack's {@code ts}, Telegram's {@code message_id}
 */
public record PostKey(String source, String channel, String messageId) {

  /** Checks that no part is {@code null}. */
  public PostKey {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(messageId, "messageId");
  }
}
