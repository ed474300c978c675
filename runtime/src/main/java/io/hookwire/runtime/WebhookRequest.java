package io.hookwire.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One webhook delivery as it arrived: method, path, headers, path and query parameters, the raw
 * body and the sender's address. Independent of any HTTP server, so receivers can be tested with
 * {@link #builder()} and {@link Hookwire#handle(WebhookRequest)}.
 *
 * <p>Immutable, with one documented exception: {@link #bodyBytes()} returns the request's own
 * array, so that verifiers and binders read bodies of many megabytes without copying them. The
 * builder copies the array it is given, so a caller's later changes never reach the request.
 *
 * <p>Header names are compared case-insensitively, as HTTP requires.
 */
public final class WebhookRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final Map<String, String> pathParams;
  private final Map<String, List<String>> queryParams;
  private final String query;
  private final byte[] body;
  private final String remoteAddress;

  private WebhookRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.headers = Collections.unmodifiableMap(copyOfLists(builder.headers, caseInsensitiveMap()));
    this.pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathParams));
    this.queryParams = Collections.unmodifiableMap(copyOfLists(builder.queryParams, new LinkedHashMap<>()));
    this.query = builder.query.toString();
    this.body = builder.body;
    this.remoteAddress = builder.remoteAddress;
  }

  /** A builder for a {@code POST} request with no headers, parameters or body. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this request's values. */
  public Builder toBuilder() {
    Builder builder = new Builder().method(method).path(path).ownBody(body).remoteAddress(remoteAddress);
    headers.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    pathParams.forEach(builder::pathParam);
    return builder.query(query);
  }

  /** The HTTP method, as sent: {@code POST} for every delivery a receiver accepts. */
  public String method() {
    return method;
  }

  /** The request path, without the query string: {@code /slack/events}. */
  public String path() {
    return path;
  }

  /** The first value of the header with this name, compared case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of the header with this name, in the order received; empty when absent. */
  public List<String> headers(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The names of the headers present, compared case-insensitively. */
  public Set<String> headerNames() {
    return headers.keySet();
  }

  /** The value of the path parameter with this name: {@code token} in {@code /events/{token}}. */
  public Optional<String> pathParam(String name) {
    return Optional.ofNullable(pathParams.get(name));
  }

  /** Every path parameter, by name. */
  public Map<String, String> pathParams() {
    return pathParams;
  }

  /** The first value of the query parameter with this name. */
  public Optional<String> queryParam(String name) {
    List<String> values = queryParams.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every query parameter, by name, with all of its values. */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /**
   * The query string exactly as received, without the {@code ?}: {@code foo=1&bar=%C3%A9}; empty
   * when there is none. Signatures over the URL the sender called (Twilio's) need it as sent:
   * the decoded {@link #queryParams()} cannot give back its escapes or its order.
   */
  public String query() {
    return query;
  }

  /**
   * The raw body, exactly as received: what signatures are computed over. The array is the
   * request's own, shared to spare a copy of large bodies: read it, never modify it. (To change a
   * body in a test, build a new request with {@link #toBuilder()}.)
   */
  public byte[] bodyBytes() {
    return body;
  }

  /**
   * The body decoded as UTF-8; malformed bytes become U+FFFD. Decoded on each call, never cached,
   * so that it always agrees with {@link #bodyBytes()}.
   */
  public String bodyString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The address of the client that sent the request, or an empty string when unknown. */
  public String remoteAddress() {
    return remoteAddress;
  }

  @Override
  public String toString() {
    // Headers and body may carry secrets and personal data: never part of the text form.
    return "WebhookRequest[" + method + " " + path + ", " + body.length + " bytes]";
  }

  private static Map<String, List<String>> caseInsensitiveMap() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }

  private static Map<String, List<String>> copyOfLists(
      Map<String, List<String>> source, Map<String, List<String>> target) {
    source.forEach((name, values) -> target.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
    target.replaceAll((name, values) -> List.copyOf(values));
    return target;
  }

  /** Builds a {@link WebhookRequest}; used by the HTTP adapter and by tests. */
  public static final class Builder {
    private String method = "POST";
    private String path = "/";
    private final Map<String, List<String>> headers = caseInsensitiveMap();
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();
    private final StringBuilder query = new StringBuilder();
    private byte[] body = new byte[0];
    private String remoteAddress = "";

    private Builder() {}

    /**
     * The HTTP method; {@code POST} unless set. Kept as given: methods are case-sensitive in HTTP,
     * so {@code "post"} is answered {@code 405} here as it is over HTTP.
     */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /** The request path, without the query string. */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /** Adds a header value; calling it twice with one name gives the header two values. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets a path parameter. */
    public Builder pathParam(String name, String value) {
      pathParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets every path parameter, replacing those set before. */
    public Builder pathParams(Map<String, String> params) {
      pathParams.clear();
      params.forEach(this::pathParam);
      return this;
    }

    /**
     * Adds a query parameter value, and appends it to the {@linkplain WebhookRequest#query() query
     * string}, form-encoded as UTF-8.
     */
    public Builder queryParam(String name, String value) {
      Objects.requireNonNull(name, "name");
      queryParams.computeIfAbsent(name, n -> new ArrayList<>()).add(Objects.requireNonNull(value, "value"));
      query.append(query.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
      return this;
    }

    /**
     * Sets the query string as received, without the {@code ?}, replacing any set before; the
     * query parameters become the ones it holds, decoded. {@code null} means none.
     */
    public Builder query(String query) {
      this.query.setLength(0);
      this.queryParams.clear();
      if (query != null) {
        this.query.append(query);
        this.queryParams.putAll(QueryString.parse(query));
      }
      return this;
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The raw body: a copy of {@code body}, so the caller may reuse the array. */
    public Builder body(byte[] body) {
      return ownBody(Objects.requireNonNull(body, "body").clone());
    }

    /** The raw body, taken over without a copy: for arrays nothing else holds, as a server's read buffer. */
    Builder ownBody(byte[] body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** The body, encoded as UTF-8. */
    public Builder body(String body) {
      return ownBody(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /** The client's address. */
    public Builder remoteAddress(String remoteAddress) {
      this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
      return this;
    }

    /** The request. */
    public WebhookRequest build() {
      return new WebhookRequest(this);
    }
  }
}
