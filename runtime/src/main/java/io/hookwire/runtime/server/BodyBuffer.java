package io.hookwire.runtime.server;

import io.hookwire.runtime.Hookwire;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Collects a request body as its bytes arrive, never holding more than the limit plus one byte,
 * whatever the client declared: a {@code Content-Length} may lie, and a chunked body declares
 * nothing. A small declared length is allocated at once, so the usual body is read into an array
 * of exactly its size; a large one is not, since a client could declare it and send nothing.
 */
public final class BodyBuffer {
  private static final int PREALLOCATE_LIMIT = 64 * 1024;
  private static final int FIRST_CAPACITY = 8 * 1024;

  private final long limit;
  private byte[] bytes;
  private int size;
  private boolean overLimit;

  /**
   * A buffer for a body of at most {@code limit} bytes that declared {@code contentLength} (-1: none).
   *
   * @throws IllegalArgumentException if {@code limit} is negative or more than an array can hold
   *     ({@link Hookwire#MAX_BODY_BYTES_LIMIT})
   */
  public BodyBuffer(long limit, long contentLength) {
    if (limit < 0 || limit > Hookwire.MAX_BODY_BYTES_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 0 and " + Hookwire.MAX_BODY_BYTES_LIMIT + " bytes: " + limit);
    }
    this.limit = limit;
    boolean small = contentLength >= 0 && contentLength <= Math.min(limit, PREALLOCATE_LIMIT);
    this.bytes = new byte[small ? (int) contentLength : (int) Math.min(FIRST_CAPACITY, limit)];
  }

  /**
   * Adds {@code length} bytes of {@code source} from {@code offset}.
   *
   * @return {@code false} once the body is over the limit; the bytes past it are not kept
   */
  public boolean append(byte[] source, int offset, int length) {
    if (overLimit) {
      return false;
    }
    if (length > limit - size) {
      overLimit = true;
      return false;
    }
    ensureRoom(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
    return true;
  }

  /** Adds the remaining bytes of {@code source}, consuming them; see {@link #append(byte[], int, int)}. */
  public boolean append(ByteBuffer source) {
    int length = source.remaining();
    if (overLimit || length > limit - size) {
      overLimit = true;
      source.position(source.limit());
      return false;
    }
    ensureRoom(length);
    source.get(bytes, size, length);
    size += length;
    return true;
  }

  /** Whether the body grew past the limit. */
  public boolean overLimit() {
    return overLimit;
  }

  /** How many bytes are held. */
  public int size() {
    return size;
  }

  /** The body: the array itself when it is exactly full, a copy otherwise. */
  public byte[] toByteArray() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }

  private void ensureRoom(int length) {
    int needed = size + length;
    if (needed > bytes.length) {
      long doubled = Math.max((long) bytes.length * 2, needed);
      bytes = Arrays.copyOf(bytes, (int) Math.min(doubled, Math.min(limit, Integer.MAX_VALUE - 8)));
    }
  }
}
