package io.hookwire.example.blog;

/**
 * One change to the blog, as told to its listeners.
 *
 * @param kind what happened
 * @param post the post as it is now; for {@link Kind#REMOVED}, as it was
 */
public record BlogChange(Kind kind, Post post) {

  /** What happened to the post. */
  public enum Kind {
    /** A new post. */
    ADDED,
    /** A post's body changed. */
    EDITED,
    /** A post was deleted. */
    REMOVED
  }
}
