package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.example.blog.Post;
import io.hookwire.example.blog.Span;
import io.hookwire.test.Signers;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slack's slash commands against the running example: forms, signed as Slack signs them. */
class SlackCommandEndToEndTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger CHANNELS = new AtomicInteger();
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();
  private final String channel = "CCMD" + CHANNELS.incrementAndGet();

  @Test
  void postAddsAPostAndAnswersAnEphemeralMessage() throws Exception {
    HttpResponse<String> answer = SERVER.get().postSlackCommand(
        form("/post", "Half time: 2-1, see <https://example.org/live|the stream> & more", "1.1"));

    assertEquals(200, answer.statusCode());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode json = MAPPER.readTree(answer.body());
    assertEquals("ephemeral", json.path("response_type").asText());
    assertEquals("Posted to the live blog.", json.path("text").asText());
    Post post = only();
    assertEquals(List.of(Span.text("Half time: 2-1, see "), Span.link("the stream", "https://example.org/live"),
        Span.text(" & more")), post.body().spans());
    assertEquals("ada", post.author());
    assertEquals("#live", post.channel());
    assertEquals("slack", post.source());
  }

  @Test
  void theSameRunSentTwiceAddsOnePost() throws Exception {
    String form = form("/post", "Once only", "2.2");

    SERVER.get().postSlackCommand(form);
    HttpResponse<String> again = SERVER.get().postSlackCommand(form);

    assertEquals("Already on the live blog.", MAPPER.readTree(again.body()).path("text").asText());
    only();
  }

  @Test
  void unknownCommandsAndEmptyTextAnswerTheHelp() throws Exception {
    for (String form : List.of(form("/weather", "Paris", "3.3"), form("/post", "  ", "3.4"))) {
      HttpResponse<String> answer = SERVER.get().postSlackCommand(form);

      assertEquals(200, answer.statusCode());
      JsonNode json = MAPPER.readTree(answer.body());
      assertEquals("ephemeral", json.path("response_type").asText());
      assertTrue(json.path("text").asText().startsWith("Use /post"), answer.body());
    }
    assertTrue(posts().isEmpty());
  }

  @Test
  void aForgedOrTamperedCommandIsRefusedAndAddsNothing() throws Exception {
    String form = form("/post", "Forged", "4.4");
    String[] wrongSecret = TestServer.headers(Signers.slack("not-the-secret").headers(form));
    String[] rightSecret = TestServer.headers(Signers.slack(TestServer.SLACK_SECRET).headers(form));

    HttpResponse<String> forged = SERVER.get().postAs("/slack/commands", "application/x-www-form-urlencoded", form, wrongSecret);
    HttpResponse<String> tampered = SERVER.get().postAs("/slack/commands", "application/x-www-form-urlencoded",
        form.replace("Forged", "Tampered"), rightSecret);

    assertEquals(403, forged.statusCode());
    assertEquals(403, tampered.statusCode());
    assertTrue(posts().isEmpty());
  }

  /** A command as Slack posts it, with the fields in Slack's order. */
  private String form(String command, String text, String trigger) {
    return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=" + channel
        + "&channel_name=live&user_id=U2147483697&user_name=ada&command=" + encode(command) + "&text=" + encode(text)
        + "&api_app_id=A123456&response_url=" + encode("https://hooks.slack.com/commands/1234/5678")
        + "&trigger_id=" + encode(trigger + "." + channel);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private List<Post> posts() {
    return SERVER.get().postsIn(channel);
  }

  private Post only() {
    return SERVER.get().onlyPostIn(channel);
  }
}
