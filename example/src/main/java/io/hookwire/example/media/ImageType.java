package io.hookwire.example.media;

import java.util.Optional;

/**
 * The image formats the blog serves, recognised by their first bytes rather than by what the
 * sender claims: a file that is not one of them (an SVG, which may carry script, an HTML page) is
 * never served, whatever its name or {@code Content-Type}.
 */
public enum ImageType {
  /** PNG. */
  PNG("image/png"),
  /** JPEG, as Telegram sends every photo. */
  JPEG("image/jpeg"),
  /** GIF. */
  GIF("image/gif"),
  /** WebP. */
  WEBP("image/webp");

  private final String mediaType;

  ImageType(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The {@code Content-Type} to serve it with. */
  public String mediaType() {
    return mediaType;
  }

  /** The format of {@code bytes}, or empty when they are not an image the blog serves. */
  public static Optional<ImageType> of(byte[] bytes) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
      return Optional.of(GIF);
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
