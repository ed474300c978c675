package io.hookwire.example.telegram;

import io.hookwire.example.telegram.TelegramPayloads.Entity;
import io.hookwire.example.telegram.TelegramPayloads.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bot's commands, which are not posts. {@code /get_chat_id} answers the chat's id in the chat,
 * as wagtail-live's bot does, so that the id can be put in a configuration; every other command
 * ({@code /start}, which Telegram sends when someone opens the bot) is acknowledged and ignored.
 *
 * <p>A message is a command when it starts with a {@code bot_command} entity, as Telegram marks
 * it; in a group the command may name the bot ({@code /get_chat_id@my_bot}).
 */
final class TelegramCommands {
  /** Answers the chat's id. */
  static final String GET_CHAT_ID = "/get_chat_id";
  private static final Logger LOG = LoggerFactory.getLogger(TelegramCommands.class);

  private final BotApi api;

  TelegramCommands(BotApi api) {
    this.api = api;
  }

  /** The command {@code message} starts with, without the bot's name, if it starts with one. */
  static Optional<String> commandOf(Message message) {
    List<Entity> entities = message.entities() == null ? List.of() : message.entities();
    String text = message.text() == null ? "" : message.text();
    return entities.stream()
        .filter(entity -> "bot_command".equals(entity.type()) && entity.offset() == 0)
        .filter(entity -> entity.length() > 1 && entity.length() <= text.length())
        .findFirst()
        .map(entity -> text.substring(0, entity.length()))
        .map(command -> command.contains("@") ? command.substring(0, command.indexOf('@')) : command);
  }

  /** Runs {@code command}, sent in {@code message}'s chat. */
  void run(String command, Message message) {
    if (!GET_CHAT_ID.equals(command)) {
      LOG.debug("Telegram command ignored");
      return;
    }
    long chatId = message.chat().id();
    try {
      api.call("sendMessage", Map.of("chat_id", chatId, "text", "chat_id: " + chatId));
    } catch (BotApiException e) {
      // The update itself was handled: Telegram must not send it again for an answer that failed.
      LOG.warn("Telegram {} could not answer: {}", GET_CHAT_ID, e.getMessage());
    }
  }
}
