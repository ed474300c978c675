package io.hookwire.runtime.server;

import java.time.Duration;

/**
 * The moment by which a body must have arrived, counted from when its head arrived, so that a body
 * that never starts is bounded as well as one that drips.
 */
public final class BodyDeadline {
  private final Duration timeout;
  private final long deadlineNanos;

  private BodyDeadline(Duration timeout) {
    this.timeout = timeout;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
  }

  /** A deadline {@code timeout} from now. */
  public static BodyDeadline after(Duration timeout) {
    return new BodyDeadline(timeout);
  }

  /** The time the client was given. */
  public Duration timeout() {
    return timeout;
  }

  /** The time left, in milliseconds: zero or less once it has passed. */
  public long millisLeft() {
    return Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis();
  }

  /** Whether the time is up. */
  public boolean passed() {
    return System.nanoTime() - deadlineNanos >= 0;
  }
}
