package io.hookwire.servlet;

import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.BlockingBodyReader;
import io.hookwire.runtime.server.BodyBuffer;
import io.hookwire.runtime.server.Reception;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Reads a body on the request's own thread, for requests that cannot go asynchronous: the servlet
 * is registered without async support, or a filter before it lacks it.
 *
 * <p>The servlet API has no way to bound one blocking read, so the {@link BlockingBodyReader.ReadBound}
 * does nothing: the deadline and the minimum rate are checked between reads, which ends a body
 * that drips as soon as a byte arrives late, and a body that stops altogether waits until the
 * container's idle timeout fails the read (Jetty's {@code idleTimeout}, Tomcat's
 * {@code connectionTimeout}), holding a thread until then.
 */
final class BlockingBody {
  private static final BlockingBodyReader.ReadBound CONTAINER_IDLE_TIMEOUT = millisLeft -> {};

  private BlockingBody() {}

  /** Reads the body of {@code request} and gives the answer {@code reception} decides on it. */
  static WebhookResponse read(HttpServletRequest request, Reception reception) {
    BodyBuffer body = new BodyBuffer(reception.maxBodyBytes(), request.getContentLengthLong());
    BlockingBodyReader.Outcome outcome;
    try {
      outcome = BlockingBodyReader.read(
          request.getInputStream(), body, reception.bodyDeadline(), CONTAINER_IDLE_TIMEOUT);
    } catch (IOException | RuntimeException e) {
      // Broken off or malformed, as any client may send it; see AsyncBodyReader.
      return reception.bodyUnreadable(e);
    }
    return outcome.answer(reception, body);
  }
}
