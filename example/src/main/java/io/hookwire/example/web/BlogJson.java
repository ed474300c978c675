package io.hookwire.example.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.example.blog.Post;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes posts as the JSON the page reads. */
final class BlogJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BlogJson() {}

  /** Every post, as a JSON array of {@link PostView}s. */
  static String posts(List<Post> posts) {
    return write(posts.stream().map(PostView::of).toList());
  }

  /** One post, as a {@link PostView}. */
  static String post(Post post) {
    return write(PostView.of(post));
  }

  /** The id of a post that is gone: {@code {"id":7}}. */
  static String removed(Post post) {
    return write(Map.of("id", post.id()));
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Views are records of strings, numbers and lists: failing to write one is a bug.
      throw new UncheckedIOException(e);
    }
  }
}
