package io.hookwire.example.media;

import java.util.Objects;

/**
 * An image the blog serves at {@link #path()}.
 *
 * @param id the random id in its path
 * @param type its format, read from its bytes
 * @param bytes the image; not copied, and never changed once stored
 */
public record StoredImage(String id, ImageType type, byte[] bytes) {
  /** Where the page's images are served, followed by the id. */
  public static final String PATH_PREFIX = "/media/";

  /** Checks that every part is present. */
  public StoredImage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The path the page loads it from, such as {@code /media/3f9c…}. */
  public String path() {
    return PATH_PREFIX + id;
  }
}
