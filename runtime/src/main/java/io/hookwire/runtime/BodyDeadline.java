package io.hookwire.runtime;

import java.time.Duration;
import javax.servlet.ServletRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/**
 * The time a client has to send a request body. Spark's Jetty connector lets a connection sit idle
 * for an hour, so a client that sends its headers and then stalls, or drips its body a byte at a
 * time, would hold a server thread for as long as it likes. While the body is read, the deadline
 * shortens the connection's idle timeout to the time left, so a blocked read fails when it is up,
 * and is checked again between reads, so a slow drip fails too. {@link #close()} restores the
 * connection's own timeout for the handler and the answer.
 *
 * <p>Outside Jetty (Spark deployed in another servlet container) there is no endpoint to bound, and
 * only the checks between reads apply. One instance per request, used by one thread.
 */
final class BodyDeadline implements AutoCloseable {
  // Shortening the idle timeout reschedules a timer task: do it only when it buys this much.
  private static final long GRANULARITY_MILLIS = 100;

  private final Duration timeout;
  private final long deadlineNanos;
  private final EndPoint endPoint;
  private final long originalIdleTimeout;
  private long idleTimeout;

  private BodyDeadline(Duration timeout, EndPoint endPoint) {
    this.timeout = timeout;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    this.endPoint = endPoint;
    this.originalIdleTimeout = endPoint == null ? 0 : endPoint.getIdleTimeout();
    this.idleTimeout = originalIdleTimeout;
  }

  /** A deadline {@code timeout} from now for the body of {@code request}. */
  static BodyDeadline start(ServletRequest request, Duration timeout) {
    return new BodyDeadline(timeout, endPointOf(request));
  }

  /** The time the client was given. */
  Duration timeout() {
    return timeout;
  }

  /**
   * Bounds the next wait for body bytes by the time left. When the bytes are buffered already the
   * read will not wait, and the connection's timeout is left alone: changing it reschedules a
   * timer, which most bodies, arriving with their headers, never need.
   *
   * @throws BodyTimeoutException if no time is left
   */
  void beforeRead(boolean bytesBuffered) throws BodyTimeoutException {
    long leftMillis = Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis();
    if (leftMillis <= 0) {
      throw new BodyTimeoutException(timeout, null);
    }
    if (bytesBuffered) {
      return;
    }
    boolean shorter = idleTimeout <= 0 || idleTimeout - leftMillis >= GRANULARITY_MILLIS;
    if (endPoint != null && shorter) {
      idleTimeout = leftMillis;
      endPoint.setIdleTimeout(leftMillis);
    }
  }

  /** Whether the time is up, so that a failed read is the deadline's doing. */
  boolean passed() {
    return System.nanoTime() - deadlineNanos >= 0;
  }

  @Override
  public void close() {
    if (endPoint != null && idleTimeout != originalIdleTimeout) {
      endPoint.setIdleTimeout(originalIdleTimeout);
    }
  }

  private static EndPoint endPointOf(ServletRequest request) {
    Request jetty = Request.getBaseRequest(request);
    HttpChannel channel = jetty == null ? null : jetty.getHttpChannel();
    return channel == null ? null : channel.getEndPoint();
  }
}
