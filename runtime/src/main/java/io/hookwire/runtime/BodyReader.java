package io.hookwire.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.servlet.ServletRequest;
import javax.servlet.ServletRequestWrapper;

/**
 * Reads a request body without ever holding more than the limit plus one byte, whatever the
 * client declared: a {@code Content-Length} may lie, and a chunked body declares nothing.
 */
final class BodyReader {

  private BodyReader() {}

  /**
   * The body of {@code request}, or nothing when it is longer than {@code limit} bytes, in which
   * case reading stopped at {@code limit + 1} bytes and the rest is left unread.
   *
   * <p>Reads from the request below any wrappers: Spark's {@code HttpRequestWrapper} would copy
   * the whole body into memory, unbounded, on the first {@code getInputStream()}.
   */
  static Optional<byte[]> read(ServletRequest request, long limit) throws IOException {
    // The container owns the stream and closes it; closing it here could cut the connection.
    InputStream body = unwrap(request).getInputStream();
    byte[] bytes = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
    return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
  }

  private static ServletRequest unwrap(ServletRequest request) {
    ServletRequest current = request;
    while (current instanceof ServletRequestWrapper) {
      current = ((ServletRequestWrapper) current).getRequest();
    }
    return current;
  }
}
