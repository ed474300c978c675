package io.hookwire.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a raw query string into parameters with all their values. Hookwire does not ask the
 * servlet container, because for a {@code POST} with a form content type the container would read
 * the body to find form fields, before Hookwire could cap or verify it.
 */
final class QueryString {

  private QueryString() {}

  /** The parameters of {@code query}, such as {@code a=1&a=2&b}, in order; empty for {@code null}. */
  static Map<String, List<String>> parse(String query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (!pair.isEmpty()) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return params;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A malformed escape such as %zz: keep the text as sent rather than drop the parameter.
      return text;
    }
  }
}
