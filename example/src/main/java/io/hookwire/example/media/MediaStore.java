package io.hookwire.example.media;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The images of the blog's posts, in memory like the posts. Thread-safe. Its size is bounded:
 * beyond {@code maxTotalBytes} the oldest images are dropped (their posts then show no image),
 * so a flood of photos cannot exhaust the heap.
 *
 * <p>Ids are random, not counted, so that nobody can list the images by guessing paths.
 */
public final class MediaStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final long maxTotalBytes;
  private final Map<String, StoredImage> images = new LinkedHashMap<>();
  private long totalBytes;

  /** A store holding at most {@code maxTotalBytes} of images. */
  public MediaStore(long maxTotalBytes) {
    if (maxTotalBytes <= 0) {
      throw new IllegalArgumentException("maxTotalBytes must be positive: " + maxTotalBytes);
    }
    this.maxTotalBytes = maxTotalBytes;
  }

  /**
   * Keeps {@code bytes} when they are an image the blog serves.
   *
   * @return the stored image, or empty when the bytes are not a PNG, JPEG, GIF or WebP image, or
   *     larger than the whole store
   */
  public Optional<StoredImage> add(byte[] bytes) {
    Optional<ImageType> type = ImageType.of(bytes);
    if (type.isEmpty() || bytes.length > maxTotalBytes) {
      return Optional.empty();
    }
    StoredImage image = new StoredImage(newId(), type.get(), bytes.clone());
    synchronized (this) {
      images.put(image.id(), image);
      totalBytes += bytes.length;
      dropOldestBeyondLimit();
    }
    return Optional.of(image);
  }

  /** The image with this id, if it is (still) stored. */
  public synchronized Optional<StoredImage> find(String id) {
    return Optional.ofNullable(images.get(id));
  }

  private void dropOldestBeyondLimit() {
    Iterator<StoredImage> oldestFirst = images.values().iterator();
    while (totalBytes > maxTotalBytes && oldestFirst.hasNext()) {
      totalBytes -= oldestFirst.next().bytes().length;
      oldestFirst.remove();
    }
  }

  private static String newId() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
