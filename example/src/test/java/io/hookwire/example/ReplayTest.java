package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.example.blog.Post;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The providers' own published example deliveries, replayed against the running example: octokit's
 * GitHub payloads, Slack's SDK samples and documented events, Telegram's documented updates (see
 * {@code replay/SOURCES.md}). Each is signed as its provider signs it and sent over HTTP; every
 * one is answered {@code 2xx}, a repeat of it changes nothing, and the blog shows what
 * {@code replay/expected.csv} says: a post added, edited or removed, or nothing at all.
 *
 * <p>Each fixture gets a fresh server, so that fixtures which share their documented ids (Telegram's
 * examples are all message 1365 of chat 1111111) do not see each other's posts.
 */
class ReplayTest {

  /** What a delivery does to the blog. */
  enum Outcome {
    ADDED, EDITED, REMOVED, IGNORED;

    void check(List<Post> before, List<Post> after, String text) {
      Map<Object, Post> earlier = before.stream().collect(Collectors.toMap(Post::key, Function.identity()));
      switch (this) {
        case ADDED -> {
          assertEquals(before.size() + 1, after.size(), () -> "posts after: " + after);
          Post added = after.stream().filter(post -> !earlier.containsKey(post.key())).findFirst().orElseThrow();
          assertTrue(added.body().plainText().contains(text), () -> "added: " + added.body().plainText());
        }
        case EDITED -> {
          assertEquals(before.size(), after.size(), () -> "posts after: " + after);
          Post edited = after.stream().filter(post -> !post.equals(earlier.get(post.key()))).findFirst().orElseThrow();
          assertTrue(edited.editedAt().isPresent(), edited::toString);
          assertTrue(edited.body().plainText().contains(text), () -> "edited: " + edited.body().plainText());
        }
        case REMOVED -> assertEquals(before.size() - 1, after.size(), () -> "posts after: " + after);
        case IGNORED -> assertEquals(before, after);
      }
    }
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvFileSource(resources = "/replay/expected.csv", delimiter = '|')
  void replay(String fixture, String sentFirst, String shows, String text) throws Exception {
    Outcome outcome = Outcome.valueOf(shows.toUpperCase(Locale.ROOT));
    try (TestServer server = TestServer.start()) {
      Replay replay = new Replay(server);
      if (sentFirst != null) {
        assertSuccess(sentFirst, replay.send(sentFirst, 1));
      }
      List<Post> before = server.posts();

      assertSuccess(fixture, replay.send(fixture, 2));
      List<Post> after = server.posts();
      outcome.check(before, after, text == null ? "" : text);

      assertSuccess(fixture + " again", replay.send(fixture, 2));
      assertEquals(after, server.posts(), "a repeat changes nothing");
    }
  }

  private static void assertSuccess(String what, HttpResponse<String> answer) {
    assertTrue(answer.statusCode() / 100 == 2, () -> what + " answered " + answer.statusCode() + " " + answer.body());
  }
}
