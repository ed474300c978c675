package io.hookwire.spark;

import io.hookwire.runtime.server.BlockingBodyReader;
import javax.servlet.ServletRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;

/**
 * Bounds each blocking read of a body by setting the connection's idle timeout to the time left
 * for the bytes received so far: Spark's Jetty lets a connection sit idle for an hour, so a client
 * that sends its headers and then stalls would otherwise hold a server thread as long as it likes.
 * The time left grows as bytes arrive under the minimum rate, so the timeout is lengthened as well
 * as shortened, never past the connection's own. {@link #close()} restores the connection's own
 * timeout for the handler and the answer.
 *
 * <p>Outside Jetty (Spark deployed in another servlet container) there is no endpoint to bound,
 * and only the checks between reads apply. One instance per request, used by one thread.
 */
final class JettyIdleBound implements BlockingBodyReader.ReadBound, AutoCloseable {
  // Shortening the idle timeout reschedules a timer task: do it only when it buys this much.
  // Lengthening only sets a field, which the pending task reads when it fires.
  private static final long GRANULARITY_MILLIS = 100;

  private final EndPoint endPoint;
  private final long originalIdleTimeout;
  private long idleTimeout;

  JettyIdleBound(ServletRequest request) {
    this.endPoint = endPointOf(request);
    this.originalIdleTimeout = endPoint == null ? 0 : endPoint.getIdleTimeout();
    this.idleTimeout = originalIdleTimeout;
  }

  @Override
  public void bound(long millisLeft) {
    if (endPoint == null) {
      return;
    }
    long bound = originalIdleTimeout > 0 ? Math.min(millisLeft, originalIdleTimeout) : millisLeft;
    // A timeout shorter than the time left would cut off a body that keeps up; one a little longer
    // only lets the read wait past the deadline by less than the granularity.
    boolean tooShort = idleTimeout > 0 && idleTimeout < bound;
    boolean worthShortening = idleTimeout <= 0 || idleTimeout - bound >= GRANULARITY_MILLIS;
    if (tooShort || worthShortening) {
      idleTimeout = bound;
      endPoint.setIdleTimeout(bound);
    }
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
