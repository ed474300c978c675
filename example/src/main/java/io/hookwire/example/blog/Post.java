package io.hookwire.example.blog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One post of the live blog. Immutable: an edit makes a new {@code Post} with the same id.
 *
 * @param id the blog's own id, increasing with each post added
 * @param key where the post came from, which edits and deletions look it up by
 * @param channel the conversation's name as shown on the page, such as {@code #general}
 * @param author who wrote it, as shown on the page
 * @param body the text with its links
 * @param image the path of its image on this server ({@code /media/…}), or {@code null}
 * @param created when the blog received it
 * @param updated when it was last edited, or {@code null}
 */
public record Post(long id, PostKey key, String channel, String author, RichText body, String image, Instant created,
    Instant updated) {

  /** Checks that every part but {@code image} and {@code updated} is present. */
  public Post {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(created, "created");
  }

  /** Where the post came from: {@code slack}, {@code telegram} or {@code github}. */
  public String source() {
    return key.source();
  }

  /** The path of its image, if it has one. */
  public Optional<String> imagePath() {
    return Optional.ofNullable(image);
  }

  /** When it was last edited, if ever. */
  public Optional<Instant> editedAt() {
    return Optional.ofNullable(updated);
  }

  /** This post with a new body, and the same image, edited at {@code when}. */
  public Post edited(RichText newBody, Instant when) {
    return new Post(id, key, channel, author, newBody, image, created, when);
  }
}
