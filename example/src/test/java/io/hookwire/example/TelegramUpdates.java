package io.hookwire.example;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Telegram updates for the tests, as Telegram writes them, for a chat of the test's own. */
final class TelegramUpdates {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicLong UPDATE_IDS = new AtomicLong(500_000_000L);
  private static final AtomicLong CHATS = new AtomicLong(-1002000000000L);

  final long chat = CHATS.decrementAndGet();

  /** A message whose content is {@code content} (text, photo, caption, entities…). */
  String message(long messageId, Map<String, Object> content) {
    Map<String, Object> message = new LinkedHashMap<>(Map.of(
        "message_id", messageId, "date", 1700000000,
        "from", Map.of("id", 7, "is_bot", false, "first_name", "Grace", "last_name", "Hopper"),
        "chat", Map.of("id", chat, "title", "Newsroom", "type", "supergroup")));
    message.putAll(content);
    return json(Map.of("update_id", UPDATE_IDS.incrementAndGet(), "message", message));
  }

  /** A photo in two sizes, the larger with {@code fileId}. */
  static List<Map<String, Object>> photo(String fileId) {
    return List.of(
        Map.of("file_id", fileId + "-thumb", "file_unique_id", "t", "width", 90, "height", 60, "file_size", 900),
        Map.of("file_id", fileId, "file_unique_id", "l", "width", 640, "height", 480, "file_size", 40000));
  }

  /** Text that starts with a bot command of {@code commandLength} characters, marked as Telegram marks it. */
  static Map<String, Object> command(String text, int commandLength) {
    return Map.of("text", text, "entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", commandLength)));
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
