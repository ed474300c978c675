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

  /**
   * Every post, as JSON to put inside a {@code <script type="application/json">} element: with
   * {@code <}, {@code >} and {@code &} escaped as JSON escapes, no post can close the element.
   */
  static String postsInScript(List<Post> posts) {
    return posts(posts).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
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
