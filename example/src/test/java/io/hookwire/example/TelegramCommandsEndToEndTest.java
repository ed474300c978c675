package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bot's commands against the running example: answered through the (fake) Bot API, never posted. */
class TelegramCommandsEndToEndTest {
  private static final String PATH = "/telegram/events/" + TestServer.BOT_TOKEN;
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();
  private final TelegramUpdates updates = new TelegramUpdates();

  @Test
  void getChatIdAnswersTheChatIdInTheChat() throws Exception {
    assertEquals(200, deliver(updates.message(1, TelegramUpdates.command("/get_chat_id", 12))).statusCode());

    JsonNode sent = sentToThisChat().get(0);
    assertEquals("chat_id: " + updates.chat, sent.path("text").asText());
    assertTrue(posts().isEmpty());
  }

  @Test
  void aCommandNamingTheBotIsTheSameCommand() throws Exception {
    deliver(updates.message(2, TelegramUpdates.command("/get_chat_id@hookwire_live_bot", 30)));

    assertEquals(1, sentToThisChat().size());
  }

  @Test
  void otherCommandsAreAcknowledgedAndIgnored() throws Exception {
    assertEquals(200, deliver(updates.message(3, TelegramUpdates.command("/start", 6))).statusCode());
    assertEquals(200, deliver(updates.message(4, TelegramUpdates.command("/help me", 5))).statusCode());

    assertTrue(sentToThisChat().isEmpty());
    assertTrue(posts().isEmpty());
  }

  @Test
  void aSlashThatIsNotACommandIsAPost() throws Exception {
    deliver(updates.message(5, Map.of("text", "/r/programming says hi")));

    assertEquals(1, posts().size());
  }

  private List<JsonNode> sentToThisChat() {
    return SERVER.get().botApi.calls("sendMessage").stream()
        .map(FakeBotApi.Call::parameters)
        .filter(parameters -> parameters.path("chat_id").asLong() == updates.chat)
        .toList();
  }

  private List<?> posts() {
    return SERVER.get().postsIn(Long.toString(updates.chat));
  }

  private static HttpResponse<String> deliver(String update) throws Exception {
    return SERVER.get().post(PATH, update, "X-Telegram-Bot-Api-Secret-Token", TestServer.TELEGRAM_SECRET);
  }
}
