package io.hookwire.kafka;

import java.time.Duration;

/**
 * The wait before each retry of a failed delivery: {@code initial} after the first attempt,
 * doubling after each later one, never more than {@code max}.
 */
record Backoff(Duration initial, Duration max) {

  /** The wait after attempt {@code attempt} (counted from 1) failed. */
  Duration after(int attempt) {
    long millis = initial.toMillis();
    for (int i = 1; i < attempt && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }
}
