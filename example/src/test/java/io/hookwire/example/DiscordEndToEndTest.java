package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.example.blog.Post;
import io.hookwire.test.Signers;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discord interactions against the running example, signed with Ed25519 as Discord signs them. */
class DiscordEndToEndTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger IDS = new AtomicInteger(1000);
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();
  private final String channel = "9000" + IDS.incrementAndGet();

  @Test
  void aPingIsAnsweredWithAPong() throws Exception {
    HttpResponse<String> answer = SERVER.get().postToDiscord("{\"id\":\"1\",\"application_id\":\"2\",\"type\":1,\"version\":1}");

    assertEquals(200, answer.statusCode());
    assertEquals("{\"type\":1}", answer.body());
    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void thePostCommandAddsAPostAndAnswersInTheChannel() throws Exception {
    HttpResponse<String> answer = SERVER.get().postToDiscord(command("post", "Goal! @everyone 1-0"));

    assertEquals(200, answer.statusCode());
    JsonNode json = MAPPER.readTree(answer.body());
    assertEquals(4, json.path("type").asInt());
    assertEquals("Posted to the live blog: Goal! @everyone 1-0", json.path("data").path("content").asText());
    assertEquals(0, json.path("data").path("allowed_mentions").path("parse").size(), "no one is notified");
    Post post = only();
    assertEquals("Goal! @everyone 1-0", post.body().plainText());
    assertEquals("Katherine", post.author());
    assertEquals("#match-day", post.channel());
    assertEquals("discord", post.source());
  }

  @Test
  void anotherCommandIsAnsweredWithHelpOnlyToItsUser() throws Exception {
    JsonNode json = MAPPER.readTree(SERVER.get().postToDiscord(command("score", "now")).body());

    assertEquals(4, json.path("type").asInt());
    assertEquals(64, json.path("data").path("flags").asInt());
    assertTrue(json.path("data").path("content").asText().startsWith("Use /post"));
    assertTrue(posts().isEmpty());
  }

  @Test
  void aBadSignatureIsAnswered401AndAddsNothing() throws Exception {
    String body = command("post", "Forged");
    String[] otherKey = TestServer.headers(Signers.discord().headers(body));
    String[] stale = TestServer.headers(TestServer.DISCORD.at(Instant.now().minusSeconds(3600)).headers(body));
    String[] rightKey = TestServer.headers(TestServer.DISCORD.headers(body));

    HttpResponse<String> forged = SERVER.get().post("/discord/interactions", body, otherKey);
    HttpResponse<String> replayed = SERVER.get().post("/discord/interactions", body, stale);
    HttpResponse<String> tampered = SERVER.get().post("/discord/interactions", body.replace("Forged", "Tampered"), rightKey);
    HttpResponse<String> unsigned = SERVER.get().post("/discord/interactions", body);

    for (HttpResponse<String> answer : List.of(forged, replayed, tampered, unsigned)) {
      assertEquals(401, answer.statusCode());
    }
    assertTrue(posts().isEmpty());
  }

  private String command(String name, String text) {
    return "{\"id\":\"" + channel + IDS.incrementAndGet() + "\",\"application_id\":\"2\",\"type\":2,\"token\":\"t\","
        + "\"version\":1,\"guild_id\":\"3\",\"channel_id\":\"" + channel + "\","
        + "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"match-day\",\"type\":0},"
        + "\"member\":{\"nick\":null,\"user\":{\"id\":\"5\",\"username\":\"kj\",\"global_name\":\"Katherine\"}},"
        + "\"data\":{\"id\":\"6\",\"name\":\"" + name + "\",\"type\":1,"
        + "\"options\":[{\"name\":\"text\",\"type\":3,\"value\":\"" + text + "\"}]}}";
  }

  private List<Post> posts() {
    return SERVER.get().postsIn(channel);
  }

  private Post only() {
    return SERVER.get().onlyPostIn(channel);
  }
}
