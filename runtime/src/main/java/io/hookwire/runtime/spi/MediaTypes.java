package io.hookwire.runtime.spi;

import java.util.Locale;

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

  private static String essence(String contentType) {
    int parameters = contentType.indexOf(';');
    String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
    return mediaType.trim().toLowerCase(Locale.ROOT);
  }
}
