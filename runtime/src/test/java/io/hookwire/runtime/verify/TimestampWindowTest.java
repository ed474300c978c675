package io.hookwire.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.RequestVerificationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's seconds-and-nanoseconds arithmetic gives, to the nanosecond and at the extremes of
 * {@link Instant}, the decision and the reported seconds that {@link Duration} arithmetic gives,
 * for timestamps in seconds (headers) and in milliseconds (Linear's body).
 */
class TimestampWindowTest {
  private static final long SENT = 1_700_000_000L;
  private static final String HEADER = "X-Timestamp";

  private static final List<Instant> NOWS = List.of(
      Instant.ofEpochSecond(SENT), Instant.ofEpochSecond(SENT, 1), Instant.ofEpochSecond(SENT, 999_999_999),
      Instant.ofEpochSecond(SENT + 300), Instant.ofEpochSecond(SENT + 300, 1), Instant.ofEpochSecond(SENT + 301),
      Instant.ofEpochSecond(SENT - 300), Instant.ofEpochSecond(SENT - 300, -1), Instant.ofEpochSecond(SENT - 301, 1),
      Instant.ofEpochSecond(SENT + 300, 500_000_000), Instant.ofEpochSecond(SENT - 300, -500_000_000),
      Instant.ofEpochSecond(SENT - 299, -500_000_001),
      Instant.EPOCH, Instant.MAX, Instant.MAX.minusSeconds(1), Instant.MIN, Instant.MIN.plusNanos(1));
  private static final List<Duration> TOLERANCES = List.of(
      Duration.ZERO, Duration.ofNanos(1), Duration.ofSeconds(300), Duration.ofSeconds(300, 500_000_000),
      Duration.ofSeconds(299, 999_999_999), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
  private static final List<String> TIMESTAMPS = List.of(
      Long.toString(SENT), "0", "0" + SENT, Long.toString(Instant.MAX.getEpochSecond()),
      Long.toString(Instant.MAX.getEpochSecond() + 1), "999999999999999999");
  private static final long[] MILLIS = {
      SENT * 1000, SENT * 1000 + 1, SENT * 1000 - 1, SENT * 1000 + 300_000, SENT * 1000 + 300_001,
      SENT * 1000 - 300_000, SENT * 1000 - 300_001, SENT * 1000 + 999, 0, -1, -999, -1001, 999,
      Long.MIN_VALUE, Long.MAX_VALUE};

  @Test
  void decidesAndReportsAsDurationArithmeticDoes() {
    forEveryWindow((window, now, tolerance) -> {
      for (String timestamp : TIMESTAMPS) {
        assertEquals(byDurations(now, tolerance, timestamp), outcome(() -> window.check(HEADER, timestamp)),
            () -> timestamp + " at " + now + ", tolerance " + tolerance);
      }
    });
  }

  @Test
  void decidesMillisecondsAsDurationArithmeticDoes() {
    forEveryWindow((window, now, tolerance) -> {
      for (long millis : MILLIS) {
        assertEquals(byDurations(now, tolerance, Instant.ofEpochMilli(millis)),
            outcome(() -> window.checkMillis(HEADER, millis)),
            () -> millis + " ms at " + now + ", tolerance " + tolerance);
      }
    });
  }

  private interface WindowTest {
    void test(TimestampWindow window, Instant now, Duration tolerance);
  }

  private static void forEveryWindow(WindowTest test) {
    for (Instant now : NOWS) {
      for (Duration tolerance : TOLERANCES) {
        test.test(TimestampWindow.DEFAULT.withClock(Clock.fixed(now, ZoneOffset.UTC)).withTolerance(tolerance),
            now, tolerance);
      }
    }
  }

  @Test
  void keepsTheToleranceToTheNanosecondWhenTheClockChanges() {
    Duration tolerance = Duration.ofSeconds(300, 123_456_789);
    assertEquals(tolerance, TimestampWindow.DEFAULT.withTolerance(tolerance).withClock(Clock.systemUTC()).tolerance());
  }

  /** The window as Instants and Durations state it: the specification the arithmetic must meet. */
  private static String byDurations(Instant now, Duration tolerance, String timestamp) {
    return byDurations(now, tolerance,
        Instant.ofEpochSecond(Math.min(Long.parseLong(timestamp), Instant.MAX.getEpochSecond())));
  }

  private static String byDurations(Instant now, Duration tolerance, Instant sent) {
    Duration age = Duration.between(sent, now);
    if (age.compareTo(tolerance) > 0) {
      return Rejections.tooOld(HEADER, age.toSeconds(), tolerance.toSeconds());
    }
    if (age.negated().compareTo(tolerance) > 0) {
      return Rejections.inFuture(HEADER, age.negated().toSeconds(), tolerance.toSeconds());
    }
    return "inside";
  }

  private interface Check {
    void check() throws RequestVerificationException;
  }

  private static String outcome(Check check) {
    try {
      check.check();
      return "inside";
    } catch (RequestVerificationException e) {
      return e.getMessage();
    }
  }
}
