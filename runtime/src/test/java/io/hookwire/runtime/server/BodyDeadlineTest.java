package io.hookwire.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The time a body has to arrive, as the readers ask it with the bytes received so far: how much is
 * left, and whether it is up. The rate is checked on a clock the test moves, so nothing sleeps.
 */
class BodyDeadlineTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration GRACE = Duration.ofSeconds(2);
  private static final long RATE = 1024;

  // Starts near the end of the long range: nanoTime may be anywhere, and the deadline must not care.
  private final AtomicLong now = new AtomicLong(Long.MAX_VALUE - Duration.ofSeconds(10).toNanos());

  private BodyDeadline withRate(Duration timeout, long bytesPerSecond, Duration grace) {
    return BodyDeadline.after(timeout, bytesPerSecond, grace, now::get);
  }

  private void advance(Duration time) {
    now.addAndGet(time.toNanos());
  }

  @Test
  void aDeadlineFarAheadHasNotPassedAndHasAtMostItsTimeoutLeft() {
    BodyDeadline deadline = BodyDeadline.after(Duration.ofHours(1));

    assertFalse(deadline.passed(0));
    long left = deadline.millisLeft(0);
    assertTrue(left > 0 && left <= Duration.ofHours(1).toMillis(), "left: " + left);
  }

  @Test
  void aDeadlineOfNoTimeHasPassedAtOnceWithNothingLeft() {
    BodyDeadline deadline = BodyDeadline.after(Duration.ZERO);

    assertTrue(deadline.passed(0));
    assertTrue(deadline.millisLeft(0) <= 0);
    assertTrue(deadline.timeoutPassed());
  }

  @Test
  void theTimeLeftForTheSameBytesNeverGrows() {
    BodyDeadline deadline = BodyDeadline.after(Duration.ofMinutes(5), RATE, GRACE);
    long previous = deadline.millisLeft(100);
    for (int i = 0; i < 1000; i++) {
      long left = deadline.millisLeft(100);
      assertTrue(left <= previous, left + " after " + previous);
      previous = left;
    }
  }

  @Test
  void itKeepsWhatTheClientWasGivenForTheLog() {
    BodyDeadline deadline = BodyDeadline.after(TIMEOUT, RATE, GRACE);

    assertEquals(TIMEOUT, deadline.timeout());
    assertEquals(RATE, deadline.minBytesPerSecond());
    assertEquals(GRACE, deadline.grace());
  }

  @Test
  void withinTheGraceNoBytesAreNeeded() {
    BodyDeadline deadline = withRate(TIMEOUT, RATE, GRACE);
    advance(GRACE.minusMillis(1));

    assertFalse(deadline.passed(0));
    assertEquals(1, deadline.millisLeft(0));
  }

  @Test
  void aBodyWithNoBytesWhenTheGraceIsOverIsLate() {
    BodyDeadline deadline = withRate(TIMEOUT, RATE, GRACE);
    advance(GRACE);

    assertTrue(deadline.passed(0));
    assertEquals(0, deadline.millisLeft(0));
    assertFalse(deadline.timeoutPassed(), "late for the rate, long before the timeout");
  }

  @Test
  void eachByteReceivedBuysOneRateWorthOfTime() {
    BodyDeadline deadline = withRate(TIMEOUT, 1000, GRACE);

    // 500 bytes at 1000 a second: due half a second after the grace.
    assertEquals(2500, deadline.millisLeft(500));
    advance(Duration.ofMillis(2499));
    assertFalse(deadline.passed(500));
    advance(Duration.ofMillis(1));
    assertTrue(deadline.passed(500));
    assertFalse(deadline.passed(501), "one byte more is due a millisecond later");
  }

  @Test
  void theTimeLeftIsRoundedUpSoItIsPositiveExactlyUntilTheBytesAreLate() {
    BodyDeadline deadline = withRate(TIMEOUT, 1000, GRACE);
    advance(GRACE.minusNanos(1));

    assertFalse(deadline.passed(0));
    assertEquals(1, deadline.millisLeft(0));
    advance(Duration.ofNanos(1));
    assertTrue(deadline.passed(0));
    assertEquals(0, deadline.millisLeft(0));
    advance(Duration.ofMillis(5));
    assertEquals(-5, deadline.millisLeft(0));
  }

  @Test
  void bytesThatCameEarlyCoverAPauseLater() {
    BodyDeadline deadline = withRate(TIMEOUT, RATE, GRACE);
    advance(Duration.ofMillis(100));
    long received = 10 * RATE; // ten seconds' worth, at once

    advance(Duration.ofSeconds(11));
    assertFalse(deadline.passed(received), "paused for 11 s after 10 KiB");
    advance(Duration.ofMillis(900));
    assertTrue(deadline.passed(received), "12 s after the head, 10 KiB is behind: 10 s past the grace");
  }

  @Test
  void aDripBelowTheRateIsLateSoonAfterTheGraceLongBeforeTheTimeout() {
    BodyDeadline deadline = withRate(TIMEOUT, RATE, GRACE);
    long received = 0;
    int seconds = 0;
    // One byte a second, checked as a reader does after each.
    while (!deadline.passed(received) && seconds < TIMEOUT.toSeconds()) {
      advance(Duration.ofSeconds(1));
      seconds++;
      if (!deadline.passed(received)) {
        received++;
      }
    }

    assertEquals(GRACE.toSeconds() + 1, seconds, "late at the first byte due after the grace");
    assertFalse(deadline.timeoutPassed());
  }

  @Test
  void aBodyKeepingUpWithTheRateIsLateOnlyAtTheTimeout() {
    BodyDeadline deadline = withRate(TIMEOUT, RATE, GRACE);
    long received = 0;
    for (int tenth = 0; tenth < 10 * TIMEOUT.toSeconds() - 1; tenth++) {
      advance(Duration.ofMillis(100));
      received += RATE / 5; // twice the rate
      assertFalse(deadline.passed(received), "late after " + received + " bytes");
    }
    advance(Duration.ofMillis(100));

    assertTrue(deadline.passed(received), "the whole body is still due within the timeout");
    assertTrue(deadline.timeoutPassed());
  }

  @Test
  void theTimeLeftNeverExceedsTheTimeoutHoweverManyBytesArrived() {
    BodyDeadline deadline = withRate(TIMEOUT, RATE, GRACE);

    assertEquals(TIMEOUT.toMillis(), deadline.millisLeft(1_000_000_000));
    assertEquals(TIMEOUT.toMillis(), deadline.millisLeft(Long.MAX_VALUE));
    advance(TIMEOUT);
    assertTrue(deadline.passed(Long.MAX_VALUE));
  }

  @Test
  void aGraceAsLongAsTheTimeoutLeavesTheTimeoutAlone() {
    BodyDeadline deadline = withRate(TIMEOUT, RATE, TIMEOUT);
    advance(TIMEOUT.minusMillis(1));

    assertFalse(deadline.passed(0));
    assertEquals(1, deadline.millisLeft(0));
  }

  @Test
  void noRateLeavesTheTimeoutAlone() {
    BodyDeadline deadline = withRate(TIMEOUT, 0, GRACE);
    advance(TIMEOUT.minusMillis(1));

    assertFalse(deadline.passed(0));
    advance(Duration.ofMillis(1));
    assertTrue(deadline.passed(0));
  }

  @Test
  void aNegativeRateOrARateWithoutGraceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BodyDeadline.after(TIMEOUT, -1, GRACE));
    assertThrows(IllegalArgumentException.class, () -> BodyDeadline.after(TIMEOUT, RATE, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> BodyDeadline.after(TIMEOUT.negated(), RATE, GRACE));
    assertEquals(0, BodyDeadline.after(TIMEOUT, 0, Duration.ZERO).minBytesPerSecond());
  }
}
