package io.hookwire.example.blog;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The body of a post: text with links, as a list of {@link Span}s. Immutable. Adjacent plain
 * spans are merged, so a body reads the same however it was assembled.
 */
public final class RichText {
  private final List<Span> spans;

  private RichText(List<Span> spans) {
    this.spans = List.copyOf(spans);
  }

  /** A body of plain text. */
  public static RichText plain(String text) {
    return builder().text(text).build();
  }

  /** A builder to which text and links are appended in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** The spans, in order; serialized as a JSON array. */
  @JsonValue
  public List<Span> spans() {
    return spans;
  }

  /** The text without its links: what a reader sees. */
  public String plainText() {
    return spans.stream().map(Span::text).collect(Collectors.joining());
  }

  /** Whether there is no visible text at all. */
  public boolean isBlank() {
    return plainText().isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RichText text && text.spans.equals(spans);
  }

  @Override
  public int hashCode() {
    return spans.hashCode();
  }

  @Override
  public String toString() {
    return "RichText" + spans;
  }

  /** Appends spans in order. */
  public static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    private Builder() {}

    /** Appends plain text. */
    public Builder text(String text) {
      if (text.isEmpty()) {
        return this;
      }
      int last = spans.size() - 1;
      if (last >= 0 && spans.get(last).href() == null) {
        spans.set(last, Span.text(spans.get(last).text() + text));
      } else {
        spans.add(Span.text(text));
      }
      return this;
    }

    /** Appends a link, or its label as plain text when {@code url} is not an http(s) URL. */
    public Builder link(String label, String url) {
      Span span = Span.link(label.isEmpty() ? url : label, url);
      return span.href() == null ? text(span.text()) : add(span);
    }

    /** Appends every span of {@code other}. */
    public Builder append(RichText other) {
      other.spans.forEach(span -> {
        if (span.href() == null) {
          text(span.text());
        } else {
          add(span);
        }
      });
      return this;
    }

    private Builder add(Span span) {
      spans.add(span);
      return this;
    }

    /** The body. */
    public RichText build() {
      return new RichText(spans);
    }
  }
}
