package io.hookwire.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  // A JSON answer's value until it is written: the pipeline writes it with the application's mapper.
  private final Object jsonValue;

  private WebhookResponse(int status, String contentType, String body, Map<String, String> headers) {
    this(status, contentType, body, headers, null);
  }

  private WebhookResponse(int status, String contentType, String body, Map<String, String> headers,
      Object jsonValue) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status out of range: " + status);
    }
    this.status = status;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.body = body == null ? "" : body;
    this.headers = headers;
    this.jsonValue = jsonValue;
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
   * A JSON answer holding {@code value}. Returned by a handler, it is written with the
   * {@code ObjectMapper} given to {@link Hookwire.Builder#objectMapper}, as a handler's returned
   * object is: one mapper for every JSON answer. To send JSON text you already have, use
   * {@link #of(int, String, String)} with {@link #APPLICATION_JSON}.
   */
  public static WebhookResponse json(int status, Object value) {
    return new WebhookResponse(status, APPLICATION_JSON, null, Map.of(), Objects.requireNonNull(value, "value"));
  }

  /** An answer with any content type. */
  public static WebhookResponse of(int status, String contentType, String body) {
    return new WebhookResponse(status, contentType, body, Map.of());
  }

  /** This answer with one more header; a header of the same name is replaced. */
  public WebhookResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new WebhookResponse(status, contentType, body, Map.copyOf(more), jsonValue);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The {@code Content-Type} of the body. */
  public String contentType() {
    return contentType;
  }

  /**
   * The body; empty, never {@code null}. A {@link #json} answer read outside the pipeline is
   * written with Hookwire's default {@code ObjectMapper}.
   *
   * @throws IllegalArgumentException if Jackson cannot write a {@link #json} answer's value
   */
  public String body() {
    return jsonValue == null ? body : writtenWith(JsonMappers.DEFAULT).body;
  }

  /**
   * This answer with a {@link #json} value written by {@code mapper}; any other answer as it is.
   *
   * @throws IllegalArgumentException if Jackson cannot write the value
   */
  WebhookResponse writtenWith(ObjectMapper mapper) {
    if (jsonValue == null) {
      return this;
    }
    try {
      return new WebhookResponse(status, contentType, mapper.writeValueAsString(jsonValue), headers);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + jsonValue.getClass().getName() + " as JSON", e);
    }
  }

  /** Headers to send besides {@code Content-Type}. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    String size = jsonValue == null ? body.length() + " chars" : "a " + jsonValue.getClass().getSimpleName();
    return "WebhookResponse[" + status + " " + contentType + ", " + size + "]";
  }
}
