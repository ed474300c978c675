package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The page's API: the posts as JSON, the live stream of changes, and the page's own safety headers. */
class LiveStreamTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();

  @Test
  void theStreamTellsOfPostsAddedEditedAndRemoved() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    CompletableFuture<HttpResponse<Stream<String>>> stream = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create(SERVER.get().url("/api/stream"))).build(), HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
    assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    Thread reader = new Thread(() -> response.body().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();
    awaitLine(lines, ": connected");

    slack("{\"type\":\"message\",\"channel\":\"CSTREAM\",\"user\":\"U1\",\"text\":\"Goal!\",\"ts\":\"1.000001\"}");
    JsonNode added = dataAfter(lines, "event: post");
    slack("{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"CSTREAM\",\"ts\":\"2.0\","
        + "\"message\":{\"text\":\"Goal! 1-0\",\"ts\":\"1.000001\"}}");
    JsonNode edited = dataAfter(lines, "event: post");
    slack("{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel\":\"CSTREAM\",\"ts\":\"3.0\",\"deleted_ts\":\"1.000001\"}");
    JsonNode removed = dataAfter(lines, "event: remove");

    assertEquals("Goal!", added.path("text").asText());
    assertEquals("slack", added.path("source").asText());
    assertEquals(added.path("id"), edited.path("id"));
    assertEquals("Goal! 1-0", edited.path("text").asText());
    assertTrue(edited.hasNonNull("updated"));
    assertEquals(added.path("id"), removed.path("id"));
  }

  @Test
  void thePostsAreJsonNewestFirst() throws Exception {
    slack("{\"type\":\"message\",\"channel\":\"CORDER\",\"user\":\"U1\",\"text\":\"first\",\"ts\":\"5.000001\"}");
    slack("{\"type\":\"message\",\"channel\":\"CORDER\",\"user\":\"U1\",\"text\":\"second <https://example.org|link>\",\"ts\":\"5.000002\"}");

    HttpResponse<String> answer = SERVER.get().get("/api/posts");
    JsonNode posts = MAPPER.readTree(answer.body());

    assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse(""));
    assertEquals("second link", posts.get(0).path("text").asText());
    assertEquals("https://example.org", posts.get(0).path("body").get(1).path("href").asText());
    assertEquals("first", posts.get(1).path("text").asText());
  }

  @Test
  void thePageAllowsOnlyItsOwnScript() throws Exception {
    HttpResponse<String> page = SERVER.get().get("/");

    assertEquals(200, page.statusCode());
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher nonce = Pattern.compile("script-src 'nonce-([^']+)'").matcher(policy);
    assertTrue(nonce.find(), policy);
    assertTrue(page.body().contains("<script nonce=\"" + nonce.group(1) + "\">"));
    assertTrue(policy.contains("default-src 'none'"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    // Nothing outside the page itself: no external scripts, styles, fonts or images.
    assertTrue(!page.body().contains("src=\"http") && !page.body().contains("href=\"http"));
  }

  @Test
  void postsInsideThePageCannotCloseTheirScriptElement() throws Exception {
    slack("{\"type\":\"message\",\"channel\":\"CPAGE\",\"user\":\"U1\",\"ts\":\"6.000001\","
        + "\"text\":\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more\"}");

    String html = SERVER.get().get("/").body();

    assertTrue(!html.contains("</script><script>alert(1)"), "a post closed the script element");
    assertTrue(html.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), "the post is in the page, escaped");
  }

  private static void slack(String event) throws Exception {
    String body = "{\"type\":\"event_callback\",\"event_id\":\"Ev" + System.nanoTime() + "\",\"event\":" + event + "}";
    assertEquals(200, SERVER.get().postToSlack(body).statusCode());
  }

  private static void awaitLine(BlockingQueue<String> lines, String expected) throws InterruptedException {
    String line;
    do {
      line = lines.poll(10, TimeUnit.SECONDS);
      assertNotNull(line, "no line '" + expected + "' within 10 s");
    } while (!line.equals(expected));
  }

  /** The JSON on the {@code data:} line after the next {@code event} line. */
  private static JsonNode dataAfter(BlockingQueue<String> lines, String event) throws Exception {
    awaitLine(lines, event);
    String data = lines.poll(10, TimeUnit.SECONDS);
    assertNotNull(data);
    assertTrue(data.startsWith("data: "), data);
    return MAPPER.readTree(data.substring("data: ".length()));
  }
}
