package io.hookwire.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the deliveries being handled, so that a graceful stop can refuse new ones and wait for
 * those under way. Entering is lock-free; only a stop waits.
 */
final class InFlight {
  private final AtomicInteger running = new AtomicInteger();
  private final Object idle = new Object();
  private volatile boolean closed;

  /** Whether a delivery may start; if so, {@link #exit()} must follow. */
  boolean enter() {
    running.incrementAndGet();
    if (closed) {
      exit();
      return false;
    }
    return true;
  }

  /** A delivery that entered has finished. */
  void exit() {
    if (running.decrementAndGet() == 0 && closed) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /**
   * Refuses every delivery from now on and waits up to {@code timeout} for those under way.
   *
   * @return whether every delivery finished in time
   */
  boolean closeAndAwait(Duration timeout) throws InterruptedException {
    closed = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (running.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        idle.wait(Math.max(1, left / 1_000_000));
      }
    }
    return true;
  }

  /** How many deliveries are under way. */
  int running() {
    return running.get();
  }
}
