package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The waits between attempts to connect a receiver: they double, so an API that is down for a
 * while is not hammered; they are jittered, so instances started together do not retry in step;
 * and they are capped, so a receiver is not left out for minutes. The retries themselves are
 * tested on compiled receivers in the integration tests.
 */
class ConnectRetryBackoffTest {
  private static final ConnectRetry.Sleeper NO_WAIT = duration -> {};

  @RepeatedTest(20)
  void eachWaitIsBetweenHalfAndAllOfTheDoubledBackoff() {
    ConnectRetry retry = new ConnectRetry(5, Duration.ofMillis(400), NO_WAIT);
    long[] exponential = {400, 800, 1600, 3200};
    for (int failed = 1; failed <= exponential.length; failed++) {
      long wait = retry.backoff(failed).toMillis();
      long full = exponential[failed - 1];
      assertTrue(wait >= full / 2 && wait <= full, "wait after " + failed + " failures: " + wait + " ms");
    }
  }

  @Test
  void waitsAreCappedHoweverManyAttemptsFailed() {
    ConnectRetry retry = new ConnectRetry(100, Duration.ofSeconds(10), NO_WAIT);
    for (int failed = 1; failed < 100; failed++) {
      Duration wait = retry.backoff(failed);
      assertTrue(wait.compareTo(ConnectRetry.MAX_BACKOFF) <= 0, "wait after " + failed + " failures: " + wait);
      assertTrue(!wait.isNegative(), "wait after " + failed + " failures: " + wait);
    }
  }

  @Test
  void waitsAreJitteredSoInstancesDoNotRetryInStep() {
    ConnectRetry retry = new ConnectRetry(3, Duration.ofSeconds(1), NO_WAIT);
    long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> retry.backoff(1).toMillis()).distinct().count();

    assertTrue(distinct > 1, "50 waits were all the same");
  }

  @Test
  void noBackoffMeansNoWait() {
    assertEquals(Duration.ZERO, new ConnectRetry(3, Duration.ZERO, NO_WAIT).backoff(2));
  }
}
