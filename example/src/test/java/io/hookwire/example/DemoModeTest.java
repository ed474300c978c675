package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.example.blog.Post;
import io.hookwire.runtime.MountReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example as a newcomer first runs it: no configuration at all. */
class DemoModeTest {

  @Test
  void withNothingConfiguredEverySourceHasPostedThroughARealDelivery() throws Exception {
    ExampleConfig demo = ExampleConfig.fromEnvironment(Map.of("PORT", "0")).withBindAddress("127.0.0.1");
    try (LiveBlogServer server = LiveBlogServer.start(demo)) {
      List<Post> posts = server.blog().newestFirst();

      Set<String> sources = posts.stream().map(Post::source).collect(Collectors.toSet());
      assertEquals(Set.of("slack", "telegram", "github", "discord"), sources);
      Post photo = posts.stream().filter(post -> post.imagePath().isPresent()).findFirst().orElseThrow();
      assertEquals("telegram", photo.source(), "the stand-in Bot API served the demo's photo");
      assertEquals(200, imageStatus(server, photo.imagePath().get()));
      assertTrue(posts.stream().anyMatch(post -> post.body().plainText().startsWith("Slash commands post too")),
          "the demo's slash command became a post");
      assertTrue(posts.stream().anyMatch(post -> post.source().equals("slack") && post.editedAt().isPresent()),
          "the demo's Slack message was edited by a second delivery");
      assertEquals(List.of("discord_interactions_handler", "github_events_handler", "slack_commands_handler",
              "slack_events_handler", "telegram_events_handler"),
          server.report().mounted().stream().map(MountReport.MountedRoute::name).sorted().toList());
      assertTrue(server.report().failed().isEmpty());
    }
  }

  private static int imageStatus(LiveBlogServer server, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.localUrl() + path)).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
