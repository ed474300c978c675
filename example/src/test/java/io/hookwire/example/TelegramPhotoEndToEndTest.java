package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.example.blog.Post;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Telegram photos against the running example: fetched through the (fake) Bot API, served at /media/. */
class TelegramPhotoEndToEndTest {
  private static final String PATH = "/telegram/events/" + TestServer.BOT_TOKEN;
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();
  private final TelegramUpdates updates = new TelegramUpdates();

  @Test
  void aPhotoWithACaptionIsServedFromTheBlogAndShownWithItsCaption() throws Exception {
    byte[] jpeg = TestImages.jpeg(64, 48, Color.ORANGE);
    SERVER.get().botApi.file("photo-caption", jpeg);

    HttpResponse<String> answer = deliver(updates.message(1, Map.of(
        "photo", TelegramUpdates.photo("photo-caption"), "caption", "Sunset at the stadium")));

    assertEquals(200, answer.statusCode());
    Post post = only();
    assertEquals("Sunset at the stadium", post.body().plainText());
    String image = post.imagePath().orElseThrow();
    assertTrue(image.startsWith("/media/"), image);
    HttpResponse<byte[]> served = SERVER.get().getBytes(image);
    assertEquals(200, served.statusCode());
    assertArrayEquals(jpeg, served.body());
    assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(List.of("photo-caption"), fileIdsAskedFor("photo-caption"), "only the largest size is fetched");
  }

  @Test
  void aPhotoWithoutACaptionStillMakesAPost() throws Exception {
    SERVER.get().botApi.file("photo-bare", TestImages.png(8, 8, Color.BLUE));

    assertEquals(200, deliver(updates.message(2, Map.of("photo", TelegramUpdates.photo("photo-bare")))).statusCode());

    Post post = only();
    assertEquals("", post.body().plainText());
    JsonNode view = viewOf(post);
    assertEquals(post.imagePath().orElseThrow(), view.path("image").asText());
    assertEquals("image/png", SERVER.get().getBytes(view.path("image").asText()).headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void aPhotoTheBotApiCannotReturnLeavesATextPostAndIsAcknowledged() throws Exception {
    HttpResponse<String> answer = deliver(updates.message(3, Map.of(
        "photo", TelegramUpdates.photo("photo-unknown"), "caption", "Photo lost on the way")));

    assertEquals(200, answer.statusCode());
    Post post = only();
    assertEquals("Photo lost on the way", post.body().plainText());
    assertTrue(post.imagePath().isEmpty());
  }

  @Test
  void aPhotoWithoutCaptionThatCannotBeFetchedSaysSo() throws Exception {
    assertEquals(200, deliver(updates.message(4, Map.of("photo", TelegramUpdates.photo("photo-gone")))).statusCode());

    Post post = only();
    assertEquals("(a photo that could not be loaded)", post.body().plainText());
    assertNull(viewOf(post).path("image").textValue());
  }

  @Test
  void aFileThatIsNotAnImageIsNotServed() throws Exception {
    SERVER.get().botApi.file("photo-html", "<html><script>alert(1)</script></html>".getBytes());

    deliver(updates.message(5, Map.of("photo", TelegramUpdates.photo("photo-html"), "caption", "Not really a photo")));

    Post post = only();
    assertEquals("Not really a photo", post.body().plainText());
    assertTrue(post.imagePath().isEmpty());
  }

  @Test
  void aRepeatedPhotoIsFetchedOnce() throws Exception {
    SERVER.get().botApi.file("photo-twice", TestImages.png(4, 4, Color.GREEN));
    String update = updates.message(6, Map.of("photo", TelegramUpdates.photo("photo-twice")));

    deliver(update);
    deliver(update.replaceFirst("\"update_id\":\\d+", "\"update_id\":1"));

    only();
    assertEquals(1, fileIdsAskedFor("photo-twice").size());
  }

  @Test
  void anUnknownImageIsNotFound() throws Exception {
    HttpResponse<byte[]> answer = SERVER.get().getBytes("/media/0123456789abcdef0123456789abcdef");

    assertEquals(404, answer.statusCode());
  }

  private List<String> fileIdsAskedFor(String fileId) {
    return SERVER.get().botApi.calls("getFile").stream()
        .map(call -> call.parameters().path("file_id").asText())
        .filter(id -> id.startsWith(fileId))
        .toList();
  }

  private static JsonNode viewOf(Post post) throws Exception {
    for (JsonNode view : SERVER.get().postsJson()) {
      if (view.path("id").asLong() == post.id()) {
        return view;
      }
    }
    throw new AssertionError("post " + post.id() + " is not in /api/posts");
  }

  private static HttpResponse<String> deliver(String update) throws Exception {
    return SERVER.get().post(PATH, update, "X-Telegram-Bot-Api-Secret-Token", TestServer.TELEGRAM_SECRET);
  }

  private Post only() {
    Post post = SERVER.get().onlyPostIn(Long.toString(updates.chat));
    assertFalse(post.body().spans().stream().anyMatch(span -> span.href() != null));
    return post;
  }
}
