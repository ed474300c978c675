package io.hookwire.runtime;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects a receiver with retries: a messaging app's API that is briefly unreachable at start-up
 * should not cost the receiver its place. Waits grow exponentially from the first backoff, with
 * jitter so that several instances starting together do not retry in step, and are capped.
 */
final class ConnectRetry {
  /** The longest wait between two attempts. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(ConnectRetry.class);

  /** Waits between attempts; tests replace it to run without waiting. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final int attempts;
  private final Duration firstBackoff;
  private final Sleeper sleeper;

  ConnectRetry(int attempts, Duration firstBackoff, Sleeper sleeper) {
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
    this.sleeper = sleeper;
  }

  /**
   * Returns when {@code route} may be mounted.
   *
   * @throws Exception the last attempt's failure, when every attempt failed
   */
  void connect(ReceiverRoute route) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        ReceiverConnector.ensureConnected(route);
        return;
      } catch (Exception e) {
        if (attempt >= attempts) {
          throw e;
        }
        Duration wait = backoff(attempt);
        LOG.warn("{}: connecting failed (attempt {} of {}): {}; retrying in {} ms",
            route.name(), attempt, attempts, Failures.describe(e), wait.toMillis());
        sleeper.sleep(wait);
      }
    }
  }

  /** Half the exponential wait, plus a random part of the other half. */
  Duration backoff(int failedAttempts) {
    long exponential = firstBackoff.toMillis() << Math.min(failedAttempts - 1, 20);
    long capped = Math.min(exponential, MAX_BACKOFF.toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
