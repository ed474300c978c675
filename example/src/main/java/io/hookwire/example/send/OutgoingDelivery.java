package io.hookwire.example.send;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook delivery as a provider sends it: a {@code POST} of a JSON body to a path, with the
 * provider's headers and signature.
 *
 * @param source the provider: {@code slack}, {@code telegram} or {@code github}
 * @param path the receiver's path, such as {@code /slack/events}
 * @param headers the headers besides {@code Content-Type: application/json}
 * @param body the JSON body, exactly the bytes that were signed
 */
public record OutgoingDelivery(String source, String path, Map<String, String> headers, String body) {

  /** Copies the headers, keeping their order. */
  public OutgoingDelivery {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
  }
}
