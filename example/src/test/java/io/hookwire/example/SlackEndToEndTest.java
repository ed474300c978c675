package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.example.blog.Post;
import io.hookwire.example.blog.Span;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slack's Events API against the running example, each delivery signed as Slack signs it. */
class SlackEndToEndTest {
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();
  private static int channelCounter;
  private String channel;

  /** Each test writes to a channel of its own, so that tests sharing the server do not see each other's posts. */
  @BeforeEach
  void newChannel() {
    channel = "CTEST" + (++channelCounter);
  }

  @Test
  void answersTheUrlVerificationChallenge() throws Exception {
    HttpResponse<String> answer = deliver("{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

    assertEquals(200, answer.statusCode());
    assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", answer.body());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
  }

  @Test
  void aMessageBecomesAPostWithItsLinks() throws Exception {
    HttpResponse<String> answer = deliver(message("1700000000.000100",
        "Kick-off &amp; news: <https://example.org/live|the stream> and <https://example.org/raw> from <@U42>"));

    assertEquals(200, answer.statusCode());
    Post post = only();
    assertEquals(List.of(
        Span.text("Kick-off & news: "),
        Span.link("the stream", "https://example.org/live"),
        Span.text(" and "),
        Span.link("https://example.org/raw", "https://example.org/raw"),
        Span.text(" from @U42")), post.body().spans());
    assertEquals("slack", post.source());
    assertEquals("#" + channel, post.channel());
  }

  @Test
  void aRetriedDeliveryAddsNoSecondPost() throws Exception {
    String body = message("1700000000.000200", "Only once");

    assertEquals(200, deliver(body).statusCode());
    assertEquals(200, deliver(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode());

    assertEquals("Only once", only().body().plainText());
  }

  @Test
  void anEditedMessageEditsItsPost() throws Exception {
    deliver(message("1700000000.000300", "Frist post"));
    String edit = callback("{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"" + channel + "\","
        + "\"ts\":\"1700000001.000000\",\"message\":{\"type\":\"message\",\"user\":\"U42\",\"text\":\"First post\","
        + "\"ts\":\"1700000000.000300\",\"edited\":{\"user\":\"U42\",\"ts\":\"1700000001.000000\"}},"
        + "\"previous_message\":{\"type\":\"message\",\"user\":\"U42\",\"text\":\"Frist post\",\"ts\":\"1700000000.000300\"}}");

    assertEquals(200, deliver(edit).statusCode());

    Post post = only();
    assertEquals("First post", post.body().plainText());
    assertTrue(post.editedAt().isPresent());
  }

  @Test
  void aDeletedMessageRemovesItsPost() throws Exception {
    deliver(message("1700000000.000400", "Oops"));
    deliver(message("1700000000.000401", "Stays"));
    String deletion = callback("{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel\":\"" + channel + "\","
        + "\"ts\":\"1700000002.000000\",\"deleted_ts\":\"1700000000.000400\","
        + "\"previous_message\":{\"type\":\"message\",\"text\":\"Oops\",\"ts\":\"1700000000.000400\"}}");

    assertEquals(200, deliver(deletion).statusCode());

    assertEquals("Stays", only().body().plainText());
  }

  @Test
  void aSharedFileIsPostedWithALinkToIt() throws Exception {
    deliver(callback("{\"type\":\"message\",\"subtype\":\"file_share\",\"channel\":\"" + channel + "\",\"user\":\"U42\","
        + "\"text\":\"The slides\",\"ts\":\"1700000000.000500\",\"files\":[{\"name\":\"slides.pdf\","
        + "\"title\":\"Slides\",\"permalink\":\"https://team.slack.com/files/U42/F1/slides.pdf\"}]}"));

    assertEquals(List.of(Span.text("The slides\nFile: "), Span.link("Slides", "https://team.slack.com/files/U42/F1/slides.pdf")),
        only().body().spans());
  }

  @Test
  void onlyWebLinksBecomeLinks() throws Exception {
    deliver(message("1700000000.000600", "<javascript:alert(1)|click> <mailto:a@b.c|mail> &lt;script&gt;alert(2)&lt;/script&gt;"));

    Post post = only();
    assertEquals("click mail <script>alert(2)</script>", post.body().plainText());
    assertTrue(post.body().spans().stream().allMatch(span -> span.href() == null));
  }

  @Test
  void otherEventsOfTheChannelAreAcknowledgedWithoutBeingBound() throws Exception {
    // A channel or user that is an object, not a message's id, is not bound to a message.
    HttpResponse<String> created = deliver(callback("{\"type\":\"channel_created\",\"channel\":{\"id\":\""
        + channel + "\",\"name\":\"fun\",\"created\":1360782804,\"creator\":\"U42\"}}"));
    HttpResponse<String> joined = deliver(callback("{\"type\":\"team_join\",\"user\":{\"id\":\"U43\","
        + "\"name\":\"amy\"}}"));

    assertEquals(200, created.statusCode(), created::body);
    assertEquals(200, joined.statusCode(), joined::body);
    assertTrue(posts().isEmpty());
  }

  @Test
  void aForgedDeliveryIsRefusedAndAddsNothing() throws Exception {
    String body = message("1700000000.000700", "Forged");
    String timestamp = Long.toString(Instant.now().getEpochSecond());

    HttpResponse<String> wrongSecret = SERVER.get().post("/slack/events", body,
        "X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", ProviderSigning.slack("not-the-secret", timestamp, body));
    HttpResponse<String> tampered = SERVER.get().post("/slack/events", body.replace("Forged", "Tampered"),
        "X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", ProviderSigning.slack(TestServer.SLACK_SECRET, timestamp, body));
    HttpResponse<String> unsigned = SERVER.get().post("/slack/events", body);

    for (HttpResponse<String> answer : List.of(wrongSecret, tampered, unsigned)) {
      assertEquals(403, answer.statusCode());
      assertEquals("Request verification failed.", answer.body());
    }
    assertTrue(posts().isEmpty());
  }

  private static HttpResponse<String> deliver(String body, String... extraHeaders) throws Exception {
    return SERVER.get().postToSlack(body, extraHeaders);
  }

  private String message(String ts, String text) {
    return callback("{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"U42\",\"text\":\""
        + text.replace("\"", "\\\"") + "\",\"ts\":\"" + ts + "\",\"channel_type\":\"channel\"}");
  }

  private static String callback(String event) {
    return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\"Ev" + System.nanoTime() + "\",\"event_time\":1700000000,\"event\":" + event + "}";
  }

  private List<Post> posts() {
    return SERVER.get().posts().stream().filter(post -> post.key().channel().equals(channel)).toList();
  }

  private Post only() {
    List<Post> posts = posts();
    assertEquals(1, posts.size(), () -> "posts in " + channel + ": " + posts);
    return posts.get(0);
  }
}
