package io.hookwire.jetty;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.Reception;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request Hookwire serves, from its head to its answer: opens the {@link Reception}, has the
 * body read when the head did not decide the answer, writes the answer, then closes the reception
 * and completes Jetty's callback, each exactly once, whichever thread gets there.
 */
final class Exchange {
  // Logged under the adapter's public name: that is the class users configure logging for.
  private static final Logger LOG = LoggerFactory.getLogger(HookwireHandler.class);
  private static final WebhookResponse INTERNAL_ERROR = WebhookResponse.text(500, "Internal server error.");

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final AtomicBoolean failing = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean completed = new AtomicBoolean();
  // Set once opened; closed by whichever thread finishes the write.
  private volatile Reception reception;

  Exchange(Request request, Response response, Callback callback) {
    this.request = request;
    this.response = response;
    this.callback = callback;
  }

  /**
   * Hands the request, whose raw path in its context is {@code rawPath}, to {@code hookwire} and
   * answers it, at once or once its body is read.
   */
  void start(Hookwire hookwire, String rawPath) {
    try {
      reception = hookwire.receive(RequestHeads.of(request, rawPath));
      Optional<WebhookResponse> early = reception.answerWithoutBody();
      if (early.isPresent()) {
        answer(early.get());
      } else {
        new AsyncBodyReader(request, reception, this).start();
      }
    } catch (RuntimeException | Error e) {
      fail(e);
    }
  }

  /** Writes {@code answer}: called once, by whichever step decided it. */
  void answer(WebhookResponse answer) {
    try {
      AnswerWriter.write(response, answer, afterWrite());
    } catch (RuntimeException | Error e) {
      fail(e);
    }
  }

  /**
   * Something Hookwire did not foresee went wrong: logged once, at {@code ERROR}, and answered
   * {@code 500} with a fixed text when nothing is on the wire yet. Neither the message nor the
   * stack trace reaches the client, and Jetty never sees the exception, whose error page would
   * show its message.
   */
  void fail(Throwable failure) {
    if (!failing.compareAndSet(false, true)) {
      // A failure while the first is answered: that one is logged already, and this exchange can only end.
      end(failure);
      return;
    }
    LOG.error("500 the request could not be handled", failure);
    if (response.isCommitted()) {
      end(failure);
      return;
    }
    try {
      response.reset();
      AnswerWriter.write(response, INTERNAL_ERROR, afterWrite());
    } catch (RuntimeException | Error e) {
      end(e);
    }
  }

  /**
   * What follows a write. The work is brief and never blocks, so the write may complete on
   * whatever thread Jetty would complete its own callback on.
   */
  private Callback afterWrite() {
    return Callback.from(callback.getInvocationType(), this::written, this::notWritten);
  }

  private void written() {
    closeReception();
    if (completed.compareAndSet(false, true)) {
      callback.succeeded();
    }
  }

  /** The client went away, which anyone may do: logged by the reception at {@code DEBUG}, no more. */
  private void notWritten(Throwable cause) {
    Reception current = reception;
    if (current != null) {
      current.answerNotWritten(cause);
    }
    end(cause);
  }

  private void end(Throwable cause) {
    closeReception();
    if (completed.compareAndSet(false, true)) {
      callback.failed(cause);
    }
  }

  /** Ends the delivery for a graceful stop, which waits until its answer is written or has failed. */
  private void closeReception() {
    Reception current = reception;
    if (current != null && closed.compareAndSet(false, true)) {
      current.close();
    }
  }
}
