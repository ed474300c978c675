package io.hookwire.servlet;

import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.BodyDeadline;
import io.hookwire.runtime.server.Reception;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one answer of a request whose body is read asynchronously. The container's threads (the
 * body read to its end, too large, or broken off) and the {@link DeadlineTimer}'s (the body late,
 * for its timeout or its minimum rate) may all try to answer, at the same moment; the first to
 * claim the answer gives it, and the others do nothing. The claimer writes the answer, completes
 * the request and closes the reception, each exactly once.
 */
final class AsyncAnswer {
  private static final Logger LOG = LoggerFactory.getLogger(AsyncAnswer.class);

  private final AsyncContext async;
  private final HttpServletResponse response;
  private final Reception reception;
  private final AtomicBoolean claimed = new AtomicBoolean();
  private volatile DeadlineTimer.Scheduled deadlineTask;

  AsyncAnswer(AsyncContext async, HttpServletResponse response, Reception reception) {
    this.async = async;
    this.response = response;
    this.reception = reception;
  }

  /** Whether the answer is still open: a reader stops reading once it is not. */
  boolean open() {
    return !claimed.get();
  }

  /**
   * Answers {@code 408} once the body's next bytes are late for {@code deadline}, unless an answer
   * was claimed before. The timer fires when the bytes after those {@code received} so far are due;
   * when more arrived meanwhile, they bought time, and it is set again for the bytes due next.
   */
  void expireAt(BodyDeadline deadline, LongSupplier received, DeadlineTimer timer) {
    if (claimed.get()) {
      return;
    }
    DeadlineTimer.Scheduled task;
    try {
      long delay = deadline.millisLeft(received.getAsLong());
      task = timer.schedule(() -> checkDeadline(deadline, received, timer), delay);
    } catch (RejectedExecutionException e) {
      // The servlet is being destroyed: no deadline can be watched any more, so the body ends now,
      // as the timer's shutdown ends those it was watching.
      answer(reception::bodyTimedOut);
      return;
    }
    deadlineTask = task;
    // The body may have been answered while the task was being scheduled.
    if (claimed.get()) {
      task.cancel();
    }
  }

  private void checkDeadline(BodyDeadline deadline, LongSupplier received, DeadlineTimer timer) {
    if (deadline.passed(received.getAsLong())) {
      answer(reception::bodyTimedOut);
    } else {
      expireAt(deadline, received, timer);
    }
  }

  /**
   * Claims the answer and gives the one {@code decide} returns; does nothing if it was claimed
   * already. {@code decide} runs the receiver's handlers when the body is complete, so it may take
   * long: it runs on the calling thread, which is the container's for everything but the deadline.
   */
  void answer(Supplier<WebhookResponse> decide) {
    if (!claim()) {
      return;
    }
    WebhookResponse answer;
    try {
      answer = decide.get();
    } catch (RuntimeException | Error e) {
      failedWhileClaimed(e);
      return;
    }
    try {
      AnswerWriter.write(response, answer);
    } catch (IOException e) {
      reception.answerNotWritten(e);
    } catch (RuntimeException e) {
      // The container may have ended the request itself, as when its connection failed.
      reception.answerNotWritten(e);
    } finally {
      end();
    }
  }

  /**
   * A failure nobody expected, outside any answer: logged once, answered {@code 500}. When the
   * answer was claimed already, that answer stands and the failure is a consequence of it (a read
   * that failed because the deadline ended the request).
   */
  void failed(Throwable failure) {
    if (claim()) {
      failedWhileClaimed(failure);
    } else {
      LOG.debug("A failure after the request was answered", failure);
    }
  }

  private void failedWhileClaimed(Throwable failure) {
    try {
      LOG.error("500 the request could not be handled", failure);
      AnswerWriter.internalError(response);
    } finally {
      end();
    }
  }

  private boolean claim() {
    if (!claimed.compareAndSet(false, true)) {
      return false;
    }
    DeadlineTimer.Scheduled task = deadlineTask;
    if (task != null) {
      task.cancel();
    }
    return true;
  }

  private void end() {
    try {
      async.complete();
    } catch (IllegalStateException e) {
      LOG.debug("The container ended the request already", e);
    } finally {
      reception.close();
    }
  }
}
