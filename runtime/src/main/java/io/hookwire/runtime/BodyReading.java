package io.hookwire.runtime;

import io.hookwire.runtime.server.BodyDeadline;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounds on reading request bodies, shared by every request of one {@link Hookwire}: the time
 * each body may take from its request's head, the rate it must keep up once its grace is over, and
 * how many bodies are read at once. The rate cuts a dripping sender off within seconds rather than
 * at the timeout, so it holds a place for little time; the bound on places keeps senders that drip
 * their bodies from taking every thread of a blocking server (Spark, servlets without async) and
 * every buffer's memory of any server.
 */
final class BodyReading {
  private final Duration timeout;
  private final long minBytesPerSecond;
  private final Duration grace;
  private final int maxAtOnce;
  private final AtomicInteger reading = new AtomicInteger();

  BodyReading(Duration timeout, long minBytesPerSecond, Duration grace, int maxAtOnce) {
    this.timeout = timeout;
    this.minBytesPerSecond = minBytesPerSecond;
    this.grace = grace;
    this.maxAtOnce = maxAtOnce;
  }

  /** The deadline of a body whose request's head arrived now. */
  BodyDeadline deadlineFromNow() {
    return BodyDeadline.after(timeout, minBytesPerSecond, grace);
  }

  int maxAtOnce() {
    return maxAtOnce;
  }

  /** Takes a place for one body: whether fewer than the most allowed were being read. */
  boolean tryStart() {
    int current;
    do {
      current = reading.get();
      if (current >= maxAtOnce) {
        return false;
      }
    } while (!reading.compareAndSet(current, current + 1));
    return true;
  }

  /** Gives back the place of a body read, refused or abandoned. */
  void end() {
    reading.decrementAndGet();
  }
}
