package io.hookwire.example.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A run of a post's text, optionally a link. Posts are kept as spans rather than HTML so that
 * no text from a sender is ever interpreted as markup: the page puts {@link #text()} into the
 * DOM as text and {@link #href()} into a link's {@code href}.
 *
 * @param text the text shown, never {@code null}
 * @param href the link target, an absolute {@code http} or {@code https} URL, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Span(String text, String href) {

  /** Checks that {@code href}, when present, is a web link: no {@code javascript:} or {@code data:} URL. */
  public Span {
    Objects.requireNonNull(text, "text");
    if (href != null && !isWebLink(href)) {
      throw new IllegalArgumentException("not an http(s) link: " + href);
    }
  }

  /** Plain text. */
  public static Span text(String text) {
    return new Span(text, null);
  }

  /** A link when {@code url} is an absolute http(s) URL; otherwise {@code label} as plain text. */
  public static Span link(String label, String url) {
    return new Span(label, isWebLink(url) ? url : null);
  }

  /** The link target, when this span is a link. */
  public Optional<String> link() {
    return Optional.ofNullable(href);
  }

  /** Whether {@code url} is an absolute {@code http} or {@code https} URL with a host. */
  public static boolean isWebLink(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
