package io.hookwire.example.web;

import io.hookwire.example.blog.Post;
import io.hookwire.example.blog.Span;
import java.util.List;

/**
 * A post as the page reads it from {@code /api/posts} and {@code /api/stream}. Times are ISO-8601
 * text, so the JSON needs no date module and the browser's {@code Date} parses them.
 *
 * @param id the post's id, which later changes to the post refer to
 * @param source {@code slack}, {@code telegram} or {@code github}
 * @param channel the conversation's name
 * @param author who wrote it
 * @param body the text as spans: put each span's text in the page as text, never as HTML
 * @param text the text without links
 * @param image the path of the post's image on this server, {@code /media/…}, or {@code null}
 * @param created when the post arrived
 * @param updated when it was last edited, or {@code null}
 */
public record PostView(
    long id, String source, String channel, String author, List<Span> body, String text, String image,
    String created, String updated) {

  /** The view of {@code post}. */
  public static PostView of(Post post) {
    return new PostView(
        post.id(),
        post.source(),
        post.channel(),
        post.author(),
        post.body().spans(),
        post.body().plainText(),
        post.image(),
        post.created().toString(),
        post.editedAt().map(Object::toString).orElse(null));
  }
}
