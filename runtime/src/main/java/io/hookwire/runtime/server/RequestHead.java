package io.hookwire.runtime.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A request as it arrived, before its body: the method and path exactly as on the request line,
 * the raw query string, the headers, the declared body length and the sender's address. A server
 * adapter builds one per request and hands it to {@link io.hookwire.runtime.Hookwire#receive}.
 *
 * <p>The path is the raw one, not decoded: {@code /a%2Fb} stays three characters longer than
 * {@code /a/b}, so an encoded {@code /} inside a path parameter cannot shift the segments, and the
 * path is matched by Hookwire alone. An adapter mounted under a prefix passes the path after it.
 */
public final class RequestHead {
  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private final List<String> headers;
  private final long contentLength;
  private final String remoteAddress;

  private RequestHead(Builder builder) {
    this.method = builder.method;
    this.rawPath = builder.rawPath;
    this.rawQuery = builder.rawQuery;
    this.headers = List.copyOf(builder.headers);
    this.contentLength = builder.contentLength;
    this.remoteAddress = builder.remoteAddress;
  }

  /**
   * A builder for a request with {@code method}, as sent (it is not upper-cased: HTTP methods are
   * case-sensitive, and {@code post} is not {@code POST}), and {@code rawPath}, without the query.
   */
  public static Builder builder(String method, String rawPath) {
    return new Builder(method, rawPath);
  }

  /** The method, exactly as sent. */
  public String method() {
    return method;
  }

  /** The path, not decoded, without the query string. */
  public String rawPath() {
    return rawPath;
  }

  /** The query string, not decoded, without the {@code ?}; empty when there is none. */
  public String rawQuery() {
    return rawQuery;
  }

  /** The body length the {@code Content-Length} header declares, or -1 when it declares none. */
  public long contentLength() {
    return contentLength;
  }

  /** The client's address, or an empty string when unknown. */
  public String remoteAddress() {
    return remoteAddress;
  }

  /** Calls {@code action} with each header's name and value, in the order received. */
  public void forEachHeader(BiConsumer<String, String> action) {
    for (int i = 0; i < headers.size(); i += 2) {
      action.accept(headers.get(i), headers.get(i + 1));
    }
  }

  @Override
  public String toString() {
    // Headers and the query may carry secrets: never part of the text form.
    return "RequestHead[" + method + " " + rawPath + "]";
  }

  /** Builds a {@link RequestHead}. */
  public static final class Builder {
    private final String method;
    private final String rawPath;
    private final List<String> headers = new ArrayList<>();
    private String rawQuery = "";
    private long contentLength = -1;
    private String remoteAddress = "";

    private Builder(String method, String rawPath) {
      this.method = Objects.requireNonNull(method, "method");
      this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
    }

    /** The raw query string; {@code null} or empty for none. */
    public Builder rawQuery(String rawQuery) {
      this.rawQuery = rawQuery == null ? "" : rawQuery;
      return this;
    }

    /** Adds a header value; a header sent twice is added twice. */
    public Builder header(String name, String value) {
      headers.add(Objects.requireNonNull(name, "name"));
      headers.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The declared body length; negative for none. */
    public Builder contentLength(long contentLength) {
      this.contentLength = contentLength < 0 ? -1 : contentLength;
      return this;
    }

    /** The client's address; {@code null} for unknown. */
    public Builder remoteAddress(String remoteAddress) {
      this.remoteAddress = remoteAddress == null ? "" : remoteAddress;
      return this;
    }

    /** The head. */
    public RequestHead build() {
      return new RequestHead(this);
    }
  }
}
