package io.hookwire.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounds on reading request bodies, shared by every request of one {@link Hookwire}: the time
 * each body may take from its request's head, and how many bodies are read at once. The second
 * bound keeps senders that drip their bodies from taking every thread of a blocking server (Spark,
 * servlets without async) and every buffer's memory of any server.
 */
final class BodyReading {
  private final Duration timeout;
  private final int maxAtOnce;
  private final AtomicInteger reading = new AtomicInteger();

  BodyReading(Duration timeout, int maxAtOnce) {
    this.timeout = timeout;
    this.maxAtOnce = maxAtOnce;
  }

  Duration timeout() {
    return timeout;
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
