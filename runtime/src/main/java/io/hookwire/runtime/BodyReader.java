package io.hookwire.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletRequestWrapper;

/**
 * Reads a request body without ever holding more than the limit plus one byte, whatever the
 * client declared: a {@code Content-Length} may lie, and a chunked body declares nothing; and
 * without waiting past a {@link BodyDeadline} for a client that stalls.
 */
final class BodyReader {
  private static final int CHUNK_BYTES = 64 * 1024;

  private BodyReader() {}

  /**
   * The body of {@code request}, or nothing when it is longer than {@code limit} bytes, in which
   * case reading stopped at {@code limit + 1} bytes and the rest is left unread.
   *
   * <p>Reads from the request below any wrappers: Spark's {@code HttpRequestWrapper} would copy
   * the whole body into memory, unbounded, on the first {@code getInputStream()}.
   *
   * @throws BodyTimeoutException if the body did not arrive before the deadline
   * @throws IOException if the client broke the body off or sent it malformed
   */
  static Optional<byte[]> read(ServletRequest request, long limit, BodyDeadline deadline) throws IOException {
    ServletRequest servlet = unwrap(request);
    // The container owns the stream and closes it; closing it here could cut the connection.
    InputStream body = servlet.getInputStream();
    long declared = servlet.getContentLengthLong();
    // A large declared length is not allocated up front: a client could declare it and send nothing.
    if (declared >= 0 && declared <= Math.min(limit, CHUNK_BYTES)) {
      return Optional.of(readDeclared(body, (int) declared, deadline));
    }
    return readGrowing(body, limit, deadline);
  }

  /**
   * A small body of declared length, read straight into an array of that length. The container
   * ends the stream at the declared length (what follows is the next request), so it cannot
   * overrun; a stream that ends early leaves a shorter body, which no signature will match.
   */
  private static byte[] readDeclared(InputStream body, int length, BodyDeadline deadline) throws IOException {
    byte[] bytes = new byte[length];
    int filled = 0;
    while (filled < length) {
      int read = readChunk(body, bytes, filled, length - filled, deadline);
      if (read < 0) {
        return Arrays.copyOf(bytes, filled);
      }
      filled += read;
    }
    return bytes;
  }

  /**
   * A chunked or large body, read a chunk at a time into a buffer that grows as bytes arrive; one
   * byte past the limit is enough to know the body is too large.
   */
  private static Optional<byte[]> readGrowing(InputStream body, long limit, BodyDeadline deadline) throws IOException {
    int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.min(CHUNK_BYTES, cap));
    byte[] chunk = new byte[Math.min(CHUNK_BYTES, cap)];
    while (bytes.size() < cap) {
      int read = readChunk(body, chunk, 0, Math.min(chunk.length, cap - bytes.size()), deadline);
      if (read < 0) {
        break;
      }
      bytes.write(chunk, 0, read);
    }
    return bytes.size() > limit ? Optional.empty() : Optional.of(bytes.toByteArray());
  }

  private static int readChunk(InputStream body, byte[] into, int offset, int wanted, BodyDeadline deadline)
      throws IOException {
    // Bytes the container holds already come without waiting: only a read that may wait needs bounding.
    deadline.beforeRead(body.available() > 0);
    try {
      return body.read(into, offset, wanted);
    } catch (IOException e) {
      throw timedOut(e, deadline) ? new BodyTimeoutException(deadline.timeout(), e) : e;
    }
  }

  /**
   * Whether a failed read is the deadline's doing. Jetty fails a blocked read with an
   * {@code IOException} caused by a {@link TimeoutException} when the idle timeout the deadline set
   * expires; it counts from the connection's last activity, so it may expire a moment before the
   * deadline itself has passed.
   */
  private static boolean timedOut(IOException failure, BodyDeadline deadline) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException) {
        return true;
      }
    }
    return deadline.passed();
  }

  private static ServletRequest unwrap(ServletRequest request) {
    ServletRequest current = request;
    while (current instanceof ServletRequestWrapper) {
      current = ((ServletRequestWrapper) current).getRequest();
    }
    return current;
  }
}
