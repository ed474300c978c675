package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.example.blog.Post;
import io.hookwire.example.blog.Span;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Telegram updates against the running example, sent as Telegram sends them to a webhook. */
class TelegramEndToEndTest {
  private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  private static final String PATH = "/telegram/events/" + TestServer.BOT_TOKEN;
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();
  private static long chatCounter = -1001000000000L;
  private long chat;

  /** Each test writes to a chat of its own, so that tests sharing the server do not see each other's posts. */
  @BeforeEach
  void newChat() {
    chat = --chatCounter;
  }

  @Test
  void aMessageBecomesAPostWithItsLinks() throws Exception {
    String text = "Read https://example.org/a and the docs";
    String entities = "[{\"type\":\"url\",\"offset\":5,\"length\":21},"
        + "{\"type\":\"text_link\",\"offset\":35,\"length\":4,\"url\":\"https://example.org/docs\"}]";

    HttpResponse<String> answer = deliver(update("message", 11, text, entities));

    assertEquals(200, answer.statusCode());
    Post post = only();
    assertEquals(List.of(Span.text("Read "), Span.link("https://example.org/a", "https://example.org/a"),
        Span.text(" and the "), Span.link("docs", "https://example.org/docs")), post.body().spans());
    assertEquals("Grace Hopper", post.author());
    assertEquals("Newsroom", post.channel());
  }

  @Test
  void anEditedMessageEditsItsPost() throws Exception {
    deliver(update("message", 21, "Score: 1-0", "[]"));

    assertEquals(200, deliver(update("edited_message", 21, "Score: 2-0", "[]")).statusCode());

    Post post = only();
    assertEquals("Score: 2-0", post.body().plainText());
    assertTrue(post.editedAt().isPresent());
  }

  @Test
  void channelPostsAreAddedAndEdited() throws Exception {
    deliver(update("channel_post", 31, "Live from the channel", "[]"));
    deliver(update("edited_channel_post", 31, "Live from the channel!", "[]"));

    assertEquals("Live from the channel!", only().body().plainText());
  }

  @Test
  void aRepeatedUpdateAddsNoSecondPost() throws Exception {
    String update = update("message", 41, "Once", "[]");

    deliver(update);
    deliver(update);

    only();
  }

  @Test
  void aDeliveryWithoutTheBotTokenOrTheSecretTokenIsRefused() throws Exception {
    String update = update("message", 51, "Forged", "[]");

    HttpResponse<String> wrongToken = SERVER.get().post("/telegram/events/987654321:guessed", update, SECRET_HEADER, TestServer.TELEGRAM_SECRET);
    HttpResponse<String> wrongSecret = SERVER.get().post(PATH, update, SECRET_HEADER, "guessed");
    HttpResponse<String> noSecret = SERVER.get().post(PATH, update);

    for (HttpResponse<String> answer : List.of(wrongToken, wrongSecret, noSecret)) {
      assertEquals(403, answer.statusCode());
    }
    assertTrue(posts().isEmpty());
  }

  private static HttpResponse<String> deliver(String update) throws Exception {
    return SERVER.get().post(PATH, update, SECRET_HEADER, TestServer.TELEGRAM_SECRET);
  }

  private String update(String kind, long messageId, String text, String entities) {
    boolean inChannel = kind.contains("channel_post");
    String from = inChannel ? "" : "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Grace\",\"last_name\":\"Hopper\"},";
    String chatType = inChannel ? "channel" : "supergroup";
    return "{\"update_id\":" + System.nanoTime() % 1_000_000_000L + ",\"" + kind + "\":{\"message_id\":" + messageId + ","
        + from + "\"chat\":{\"id\":" + chat + ",\"title\":\"Newsroom\",\"type\":\"" + chatType + "\"},"
        + "\"date\":1700000000,\"text\":\"" + text + "\",\"entities\":" + entities + "}}";
  }

  private List<Post> posts() {
    return SERVER.get().posts().stream().filter(post -> post.key().channel().equals(Long.toString(chat))).toList();
  }

  private Post only() {
    List<Post> posts = posts();
    assertEquals(1, posts.size(), () -> "posts of chat " + chat + ": " + posts);
    return posts.get(0);
  }
}
