package io.hookwire.servlet;

import io.hookwire.runtime.server.BodyBuffer;
import io.hookwire.runtime.server.Reception;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads a body with the servlet API's non-blocking input: the container calls back when bytes have
 * arrived, and no thread waits for a slow sender in between. Reads only while
 * {@link ServletInputStream#isReady()}, never past the body's limit plus one byte; the
 * {@link DeadlineTimer} answers for a body whose next bytes are late, asking {@link #received()}
 * how many have come.
 */
final class AsyncBodyReader implements ReadListener {
  private static final int CHUNK_BYTES = 16 * 1024;

  private final ServletInputStream input;
  private final BodyBuffer body;
  private final Reception reception;
  private final AsyncAnswer answer;
  private final byte[] chunk;
  // Written by the container's thread that reads, read by the deadline timer's.
  private volatile long received;

  private AsyncBodyReader(ServletInputStream input, BodyBuffer body, Reception reception, AsyncAnswer answer) {
    this.input = input;
    this.body = body;
    this.reception = reception;
    this.answer = answer;
    this.chunk = new byte[(int) Math.min(CHUNK_BYTES, reception.maxBodyBytes() + 1)];
  }

  /**
   * Puts {@code request} in asynchronous mode and starts reading its body; the reception is this
   * reader's from then on, to answer and close.
   *
   * @throws IllegalStateException if the request cannot be put in asynchronous mode: the caller
   *     still owns the reception then
   */
  static void start(
      HttpServletRequest request, HttpServletResponse response, Reception reception, DeadlineTimer timer) {
    AsyncContext async = request.startAsync(request, response);
    AsyncAnswer answer = new AsyncAnswer(async, response, reception);
    try {
      // The body deadline is the only clock: the container's own async timeout (30 s by default in
      // Jetty and Tomcat) would race it with an error page of its own, and, once the body is in,
      // cut off a handler that runs longer. Every request still ends: at its deadline, or when its
      // handler returns.
      async.setTimeout(0);
      ServletInputStream input = request.getInputStream();
      BodyBuffer body = new BodyBuffer(reception.maxBodyBytes(), request.getContentLengthLong());
      AsyncBodyReader reader = new AsyncBodyReader(input, body, reception, answer);
      input.setReadListener(reader);
      // Only once the listener is set: a deadline passed already would end the request at once,
      // and a listener cannot be set on a request that has ended.
      answer.expireAt(reception.bodyDeadline(), reader::received, timer);
    } catch (IOException e) {
      answer.answer(() -> reception.bodyUnreadable(e));
    } catch (RuntimeException | Error e) {
      answer.failed(e);
    }
  }

  /** How many body bytes have been read so far; safe to call from any thread. */
  long received() {
    return received;
  }

  @Override
  public void onDataAvailable() {
    try {
      while (answer.open() && input.isReady()) {
        int read = input.read(chunk);
        if (read < 0) {
          return; // the end of the body: onAllDataRead follows
        }
        if (!body.append(chunk, 0, read)) {
          answer.answer(reception::bodyTooLarge);
          return;
        }
        received = body.size();
      }
    } catch (IOException | RuntimeException e) {
      // A broken-off or malformed body, which any client can send: containers report some of
      // them with runtime exceptions (Jetty's BadMessageException). Not the server's fault.
      answer.answer(() -> reception.bodyUnreadable(e));
    }
  }

  @Override
  public void onAllDataRead() {
    // Runs the receiver's handlers, on the container's thread.
    answer.answer(() -> reception.complete(body.toByteArray()));
  }

  @Override
  public void onError(Throwable failure) {
    answer.answer(() -> reception.bodyUnreadable(failure));
  }
}
