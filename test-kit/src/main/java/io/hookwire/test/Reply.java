package io.hookwire.test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer a receiver gave over HTTP to a delivery a {@link DeliveryClient} sent.
 *
 * @param status the HTTP status, {@code 200} for a handled delivery
 * @param headers every header of the answer, by lower-case name
 * @param body the answer's body, decoded as UTF-8
 */
public record Reply(int status, Map<String, List<String>> headers, String body) {

  /** A reply of these parts; header names are kept lower-case, as HTTP/2 and the JDK client give them. */
  public Reply {
    TreeMap<String, List<String>> byName = new TreeMap<>();
    headers.forEach((name, values) -> byName.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    headers = Collections.unmodifiableMap(byName);
  }

  /** The first value of the header {@code name}, in any case; empty when the answer has none. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
