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
 * @param image the path of its image on this server ({@code /media/…}), or {@code null}
 */
public record NewPost(PostKey key, String channel, String author, RichText body, String image) {

  /** Checks that every part but {@code image} is present. */
  public NewPost {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(body, "body");
  }

  /** A post without an image. */
  public NewPost(PostKey key, String channel, String author, RichText body) {
    this(key, channel, author, body, null);
  }
}
