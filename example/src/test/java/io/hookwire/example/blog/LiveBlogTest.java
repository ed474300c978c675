package io.hookwire.example.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LiveBlogTest {
  private final LiveBlog blog = new LiveBlog(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void aKeyIsAddedOnce() {
    assertTrue(blog.add(post("1", "first")).isPresent());
    assertTrue(blog.add(post("1", "again")).isEmpty());

    assertEquals(List.of("first"), texts());
  }

  @Test
  void editsAndRemovalsFindThePostByKey() {
    blog.add(post("1", "one"));
    blog.add(post("2", "two"));

    blog.edit(key("1"), RichText.plain("one, edited"));
    blog.remove(key("2"));

    assertEquals(List.of("one, edited"), texts());
    assertTrue(blog.find(key("1")).orElseThrow().editedAt().isPresent());
    assertTrue(blog.edit(key("3"), RichText.plain("nothing")).isEmpty());
    assertTrue(blog.remove(key("3")).isEmpty());
  }

  @Test
  void newestFirstEvenWithinOneInstant() {
    blog.add(post("1", "older"));
    blog.add(post("2", "newer"));

    assertEquals(List.of("newer", "older"), texts());
  }

  @Test
  void listenersHearEveryChangeInOrderButNoUnchangedEdit() {
    List<String> heard = new ArrayList<>();
    blog.subscribe(change -> heard.add(change.kind() + " " + change.post().body().plainText()));

    blog.add(post("1", "a"));
    blog.edit(key("1"), RichText.plain("a"));
    blog.edit(key("1"), RichText.plain("b"));
    blog.remove(key("1"));

    assertEquals(List.of("ADDED a", "EDITED b", "REMOVED b"), heard);
  }

  @Test
  void concurrentDeliveriesOfOneMessageAddOnePost() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 200; i++) {
      String id = Integer.toString(i % 50);
      pool.execute(() -> blog.add(post(id, "message " + id)));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

    assertEquals(50, blog.newestFirst().size());
  }

  private static PostKey key(String id) {
    return new PostKey("slack", "C1", id);
  }

  private static NewPost post(String id, String text) {
    return new NewPost(key(id), "#C1", "Ada", RichText.plain(text));
  }

  private List<String> texts() {
    return blog.newestFirst().stream().map(post -> post.body().plainText()).toList();
  }
}
