package io.hookwire.example.blog;

import java.util.Objects;

/**
 * A message a receiver wants on the blog: what a {@link Post} is before the blog gives it an id
 * and a time.
 *
 * @param key where it came from
 * @param channel the conversation's name as shown on the page
 * @param author who wrote it
 * @param body the text with its links
 */
public record NewPost(PostKey key, String channel, String author, RichText body) {

  /** Checks that every part is present. */
  public NewPost {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(body, "body");
  }
}
