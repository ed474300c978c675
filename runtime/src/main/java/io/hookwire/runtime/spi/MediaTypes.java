package io.hookwire.runtime.spi;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code Content-Type} values. Not for users. */
final class MediaTypes {

  private MediaTypes() {}

  /**
   * Whether a body with this content type may be read as JSON: {@code application/json}, any
   * {@code type/subtype+json} (GitHub's {@code application/vnd.github+json}), or no content type
   * at all, since many senders omit it.
   */
  static boolean acceptsJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String mediaType = essence(contentType);
    return mediaType.equals("application/json") || (mediaType.indexOf('/') > 0 && mediaType.endsWith("+json"));
  }

  /** Whether the body is an HTML form: {@code application/x-www-form-urlencoded}. */
  static boolean isForm(String contentType) {
    return contentType != null && essence(contentType).equals("application/x-www-form-urlencoded");
  }

  /**
   * The charset the {@code charset} parameter names, UTF-8 when there is none, and empty when it
   * names one this JVM does not know.
   */
  static Optional<Charset> charset(String contentType) {
    for (String parameter : contentType.split(";")) {
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        return forName(unquoted(parameter.substring(equals + 1).trim()));
      }
    }
    return Optional.of(StandardCharsets.UTF_8);
  }

  private static Optional<Charset> forName(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static String essence(String contentType) {
    int parameters = contentType.indexOf(';');
    String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
    return mediaType.trim().toLowerCase(Locale.ROOT);
  }
}
