package io.hookwire.runtime.server;

import io.hookwire.runtime.WebhookResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;

/**
 * Reads a body from a blocking stream into a {@link BodyBuffer}, for servers whose adapters read on
 * the request's thread. A stream cannot bound a read by itself, so the adapter gives a
 * {@link ReadBound}, which bounds each wait by the time left for the bytes received so far (Jetty,
 * say, by setting the connection's idle timeout): a body that stalls fails once its next bytes are
 * due. The deadline is also checked between reads, so a body that drips below its minimum rate, or
 * too slowly to end in time, fails too.
 */
public final class BlockingBodyReader {
  private static final int CHUNK_BYTES = 16 * 1024;

  private BlockingBodyReader() {}

  /** Bounds the next blocking read; called before each read that may wait. */
  @FunctionalInterface
  public interface ReadBound {
    /**
     * Makes the next read fail after at most {@code millisLeft} milliseconds of waiting. The time
     * may be longer than the last one: bytes that arrived since bought more.
     */
    void bound(long millisLeft);
  }

  /** The outcome of reading a body. */
  public enum Outcome {
    /** The whole body is in the buffer. */
    COMPLETE,
    /** The body grew past the limit; the rest is left unread. */
    TOO_LARGE,
    /** The body did not arrive in time. */
    TIMED_OUT;

    /**
     * The answer {@code reception} gives to this outcome of reading {@code body}: the delivery's,
     * once the body is complete; {@code 413} or {@code 408} otherwise.
     */
    public WebhookResponse answer(Reception reception, BodyBuffer body) {
      return switch (this) {
        case COMPLETE -> reception.complete(body.toByteArray());
        case TOO_LARGE -> reception.bodyTooLarge();
        case TIMED_OUT -> reception.bodyTimedOut();
      };
    }
  }

  /**
   * Reads {@code body} to its end into {@code buffer}, or until the buffer is over its limit or the
   * deadline passed for the bytes it holds.
   *
   * @throws IOException if the client broke the body off or sent it malformed
   */
  public static Outcome read(InputStream body, BodyBuffer buffer, BodyDeadline deadline, ReadBound bound)
      throws IOException {
    byte[] chunk = new byte[CHUNK_BYTES];
    while (true) {
      long left = deadline.millisLeft(buffer.size());
      if (left <= 0) {
        return Outcome.TIMED_OUT;
      }
      // Bytes the server holds already come without waiting: only a read that may wait needs bounding.
      if (body.available() <= 0) {
        bound.bound(left);
      }
      int read;
      try {
        read = body.read(chunk, 0, chunk.length);
      } catch (IOException e) {
        if (timedOut(e, deadline, buffer.size())) {
          return Outcome.TIMED_OUT;
        }
        throw e;
      }
      if (read < 0) {
        return Outcome.COMPLETE;
      }
      if (!buffer.append(chunk, 0, read)) {
        return Outcome.TOO_LARGE;
      }
    }
  }

  /**
   * Whether a failed read is the deadline's doing. A server fails a blocked read with an exception
   * caused by a {@link TimeoutException} when the bound expires; it may count from the
   * connection's last activity, so it may expire a moment before the deadline itself has passed.
   */
  private static boolean timedOut(IOException failure, BodyDeadline deadline, long received) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException) {
        return true;
      }
    }
    return deadline.passed(received);
  }
}
