package io.hookwire.example.send;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook delivery as a provider sends it: a {@code POST} of a body to a path, with the
 * provider's headers and signature.
 *
 * @param source the provider: {@code slack}, {@code telegram}, {@code github} or {@code discord}
 * @param path the receiver's path, such as {@code /slack/events}
 * @param headers the headers besides {@code Content-Type}
 * @param contentType the body's {@code Content-Type}
 * @param body the body, exactly the bytes that were signed
 */
public record OutgoingDelivery(String source, String path, Map<String, String> headers, String contentType, String body) {
  /** The content type of most deliveries. */
  public static final String JSON = "application/json";
  /** The content type of Slack's slash commands. */
  public static final String FORM = "application/x-www-form-urlencoded";

  /** Copies the headers, keeping their order. */
  public OutgoingDelivery {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  /** A delivery of a JSON body. */
  public OutgoingDelivery(String source, String path, Map<String, String> headers, String body) {
    this(source, path, headers, JSON, body);
  }
}
