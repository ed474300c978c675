package io.hookwire.jetty;

import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.BodyBuffer;
import io.hookwire.runtime.server.BodyDeadline;
import io.hookwire.runtime.server.Reception;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.util.thread.SerializedInvoker;

/**
 * Reads a request's body as its bytes arrive, within the reception's limit and deadline, and
 * hands the reception's answer to the {@link Exchange}. No thread waits for bytes: what Jetty holds
 * already is read at once, and for the rest Jetty is asked to call back ({@code demand}) while the
 * thread goes back to the pool. A client that sends its body slowly, or never, therefore costs a
 * buffer and a timer, not a thread.
 *
 * <p>Three events drive it: the first read, more bytes arriving, and the timer firing when the next
 * bytes are due. They take turns through one {@link SerializedInvoker}, which runs an event at once
 * when none is running and otherwise has the running thread run it next, without blocking anyone:
 * so exactly one event decides the answer, and the timer never answers while a read is in
 * progress. The timer is set for the bytes received when it is set; bytes that arrived since then
 * buy time under the minimum rate, so when it fires early it is set again for the bytes received by
 * then, rather than rescheduled on every arrival.
 */
final class AsyncBodyReader {
  private final Request request;
  private final Reception reception;
  private final Exchange exchange;
  private final BodyBuffer body;
  private final BodyDeadline deadline;
  private final SerializedInvoker turns = new SerializedInvoker(AsyncBodyReader.class);
  // Both only touched in a turn, which orders every access.
  private Scheduler.Task timer;
  private boolean decided;

  AsyncBodyReader(Request request, Reception reception, Exchange exchange) {
    this.request = request;
    this.reception = reception;
    this.exchange = exchange;
    this.body = new BodyBuffer(reception.maxBodyBytes(), request.getLength());
    this.deadline = reception.bodyDeadline();
  }

  /** Reads what has arrived, and asks for the rest. Called on the thread handling the request. */
  void start() {
    turns.run(this::read);
  }

  /**
   * Jetty's call back when more bytes are there. A plain {@link Runnable} is a blocking task to
   * Jetty, which therefore never runs it on a selector thread: the read it starts may complete the
   * body and run the receiver's handlers, which may block.
   */
  private void onContent() {
    turns.run(this::read);
  }

  /** The scheduler's call when the next bytes are due: runs on its one thread, so it must not block. */
  private void onDeadline() {
    turns.run(this::expire);
  }

  private void read() {
    if (decided) {
      return;
    }
    try {
      while (true) {
        // A body that keeps coming, but too slowly for the rate or to end in time, is cut off here too.
        if (deadline.passed(body.size())) {
          decide(reception::bodyTimedOut);
          return;
        }
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          awaitMore();
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          Throwable cause = chunk.getFailure();
          // Jetty fails a pending read with a TimeoutException when the connection sat idle past
          // its idle timeout: the body did not arrive in time either, if a shorter time than ours.
          decide(isTimeout(cause) ? reception::bodyTimedOut : () -> reception.bodyUnreadable(cause));
          return;
        }
        boolean fits;
        boolean last = chunk.isLast();
        try {
          fits = body.append(chunk.getByteBuffer());
        } finally {
          // The bytes are copied: Jetty may reuse its buffer for the next ones.
          chunk.release();
        }
        if (!fits) {
          // The rest is left unread: the answer closes the connection.
          decide(reception::bodyTooLarge);
          return;
        }
        if (last) {
          decide(() -> reception.complete(body.toByteArray()));
          return;
        }
      }
    } catch (RuntimeException | Error e) {
      decided = true;
      cancelTimer();
      exchange.fail(e);
    }
  }

  /**
   * Asks Jetty to call back when more bytes are there, and starts the timer the first time: a body
   * that is all there at once, the usual webhook, never schedules one.
   */
  private void awaitMore() {
    if (timer == null) {
      startTimer();
    }
    request.demand(this::onContent);
  }

  /** Sets the timer for when the bytes after those received so far are due. */
  private void startTimer() {
    // The time left is rounded up, so the timer never fires before the bytes are late.
    long delay = Math.max(0, deadline.millisLeft(body.size()));
    timer = request.getComponents().getScheduler().schedule(this::onDeadline, delay, TimeUnit.MILLISECONDS);
  }

  /**
   * The timer fired with no decision. When bytes arrived since it was set, they bought time, and it
   * is set again for the bytes due next; otherwise the body is late, and the answer is {@code 408},
   * with {@code Connection: close}. Jetty's call back may still be pending; the connection it waits
   * on is closed after the answer.
   */
  private void expire() {
    if (decided) {
      return;
    }
    try {
      if (deadline.passed(body.size())) {
        decide(reception::bodyTimedOut);
      } else {
        startTimer();
      }
    } catch (RuntimeException | Error e) {
      decided = true;
      cancelTimer();
      exchange.fail(e);
    }
  }

  /** Takes the one decision, and has the exchange write its answer. */
  private void decide(Supplier<WebhookResponse> answer) {
    decided = true;
    cancelTimer();
    if (Invocable.isNonBlockingInvocation()) {
      // A thread Jetty runs as non-blocking must not run handlers, which may block: hand it over.
      request.getContext().execute(() -> answerWith(answer));
    } else {
      answerWith(answer);
    }
  }

  private void answerWith(Supplier<WebhookResponse> answer) {
    WebhookResponse response;
    try {
      response = answer.get();
    } catch (RuntimeException | Error e) {
      exchange.fail(e);
      return;
    }
    exchange.answer(response);
  }

  private void cancelTimer() {
    if (timer != null) {
      timer.cancel();
    }
  }

  private static boolean isTimeout(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }
}
