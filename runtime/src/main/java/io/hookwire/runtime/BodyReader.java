package io.hookwire.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
