package io.hookwire.runtime.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

/**
 * Bounds a blocking read as a server does, by failing it once its time is up: here by interrupting
 * the reading thread, which makes a {@link java.io.PipedInputStream} read throw
 * {@link java.io.InterruptedIOException}. {@code delay} turns the time the reader asked for into
 * the time after which the read fails, so a test can fail it late or early. Records each bound.
 */
final class InterruptingBound implements BlockingBodyReader.ReadBound, AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final Thread reader = Thread.currentThread();
  private final LongUnaryOperator delay;
  private final List<Long> asked = new ArrayList<>();
  private ScheduledFuture<?> pending;

  InterruptingBound(LongUnaryOperator delay) {
    this.delay = delay;
  }

  /** The milliseconds the reader asked for, one entry per read that could wait. */
  List<Long> asked() {
    return asked;
  }

  @Override
  public void bound(long millisLeft) {
    asked.add(millisLeft);
    if (pending != null) {
      pending.cancel(false);
    }
    pending = timer.schedule(reader::interrupt, delay.applyAsLong(millisLeft), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    // An interrupt that fired after the read it was meant for must not leak into the next test.
    Thread.interrupted();
  }
}
