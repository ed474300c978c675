package io.hookwire.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a delivery: a status, a content type, a text body and any extra headers.
 * Immutable; a handler may return one to choose its answer exactly.
 */
public final class WebhookResponse {
  /** The content type of plain-text answers. */
  public static final String TEXT_PLAIN = "text/plain; charset=utf-8";
  /** The content type of JSON answers. */
  public static final String APPLICATION_JSON = "application/json";

  private static final WebhookResponse OK = new WebhookResponse(200, TEXT_PLAIN, "OK", Map.of());

  private final int status;
  private final String contentType;
  private final String body;
  private final Map<String, String> headers;

  private WebhookResponse(int status, String contentType, String body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    this.status = status;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.body = body == null ? "" : body;
    this.headers = headers;
  }

  /** {@code 200 OK}, as text: the acknowledgement of a handled delivery. */
  public static WebhookResponse ok() {
    return OK;
  }

  /** A plain-text answer; a {@code null} body is sent empty. */
  public static WebhookResponse text(int status, String body) {
    return new WebhookResponse(status, TEXT_PLAIN, body, Map.of());
  }

  /**
   * A JSON answer: the body serialized with Hookwire's default {@code ObjectMapper}. To send JSON
   * text you already have, use {@link #of(int, String, String)} with {@link #APPLICATION_JSON}.
   *
   * @throws IllegalArgumentException if Jackson cannot serialize the body
   */
  public static WebhookResponse json(int status, Object body) {
    try {
      return new WebhookResponse(status, APPLICATION_JSON, JsonMappers.DEFAULT.writeValueAsString(body), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot serialize " + body.getClass().getName() + " as JSON", e);
    }
  }

  /** An answer with any content type. */
  public static WebhookResponse of(int status, String contentType, String body) {
    return new WebhookResponse(status, contentType, body, Map.of());
  }

  /** This answer with one more header; a header of the same name is replaced. */
  public WebhookResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new WebhookResponse(status, contentType, body, Map.copyOf(more));
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The {@code Content-Type} of the body. */
  public String contentType() {
    return contentType;
  }

  /** The body; empty, never {@code null}. */
  public String body() {
    return body;
  }

  /** Headers to send besides {@code Content-Type}. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "WebhookResponse[" + status + " " + contentType + ", " + body.length() + " chars]";
  }
}
