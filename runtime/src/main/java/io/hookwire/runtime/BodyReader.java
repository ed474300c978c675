package io.hookwire.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
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
    int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(initialCapacity(servlet, cap));
    byte[] chunk = new byte[Math.min(CHUNK_BYTES, cap)];
    while (bytes.size() < cap) {
      int read = readChunk(body, chunk, cap - bytes.size(), deadline);
      if (read < 0) {
        break;
      }
      bytes.write(chunk, 0, read);
    }
    return bytes.size() > limit ? Optional.empty() : Optional.of(bytes.toByteArray());
  }

  private static int readChunk(InputStream body, byte[] chunk, int wanted, BodyDeadline deadline) throws IOException {
    deadline.beforeRead();
    try {
      return body.read(chunk, 0, Math.min(chunk.length, wanted));
    } catch (IOException e) {
      // Jetty fails the blocked read with its own idle-timeout exception: name the real cause.
      throw deadline.passed() ? new BodyTimeoutException(deadline.timeout(), e) : e;
    }
  }

  // A declared length within the limit sizes the buffer once; a chunked body grows it as it comes.
  private static int initialCapacity(ServletRequest request, int cap) {
    long declared = request.getContentLengthLong();
    return (int) Math.min(declared >= 0 ? declared + 1 : CHUNK_BYTES, cap);
  }

  private static ServletRequest unwrap(ServletRequest request) {
    ServletRequest current = request;
    while (current instanceof ServletRequestWrapper) {
      current = ((ServletRequestWrapper) current).getRequest();
    }
    return current;
  }
}
