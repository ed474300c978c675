package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The replay window of a timestamped signature: a delivery signed more than the tolerance before
 * or after now is refused, so that a captured request cannot be sent again later. Future
 * timestamps are refused too, or a sender with a skewed clock, or an attacker who got one
 * signature for a future time, would extend the window.
 */
final class TimestampWindow {
  /** The window Slack, Stripe and Standard Webhooks document: five minutes. */
  static final TimestampWindow DEFAULT = new TimestampWindow(Clock.systemUTC(), Duration.ofMinutes(5));

  /** Longest digit string parsed; 18 digits always fit in a {@code long}. */
  private static final int MAX_DIGITS = 18;
  private static final int NANOS_PER_SECOND = 1_000_000_000;

  private final Clock clock;
  /** The tolerance as whole seconds and the nanoseconds beyond them, compared without allocating. */
  private final long toleranceSeconds;
  private final int toleranceNanos;

  private TimestampWindow(Clock clock, Duration tolerance) {
    this.clock = clock;
    this.toleranceSeconds = tolerance.getSeconds();
    this.toleranceNanos = tolerance.getNano();
  }

  TimestampWindow withClock(Clock clock) {
    return new TimestampWindow(Objects.requireNonNull(clock, "clock must not be null"), tolerance());
  }

  TimestampWindow withTolerance(Duration tolerance) {
    Objects.requireNonNull(tolerance, "tolerance must not be null");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative");
    }
    return new TimestampWindow(clock, tolerance);
  }

  Duration tolerance() {
    return Duration.ofSeconds(toleranceSeconds, toleranceNanos);
  }

  /**
   * Parses a header's Unix time in seconds and checks it lies inside the window, to the
   * nanosecond of the clock. The arithmetic is on whole seconds plus nanoseconds, as in
   * {@link Duration}, but without the objects: a check on every delivery should not allocate.
   * Timestamps beyond the last {@link Instant} are taken as that instant, so the differences
   * stay within {@code long}.
   */
  void check(String header, String value) throws RequestVerificationException {
    check(header, value, 0, value.length());
  }

  /** {@link #check(String, String)} of the timestamp written in {@code text} from {@code from} to {@code to}. */
  void check(String header, String text, int from, int to) throws RequestVerificationException {
    long sent = Math.min(parseSeconds(header, text, from, to), Instant.MAX.getEpochSecond());
    checkAge(header, sent, 0);
  }

  /**
   * Checks a Unix time in milliseconds, from a signed body rather than a header, such as Linear's
   * {@code webhookTimestamp}; {@code what} names it in the rejection.
   */
  void checkMillis(String what, long epochMillis) throws RequestVerificationException {
    checkAge(what, Math.floorDiv(epochMillis, 1000), (int) Math.floorMod(epochMillis, 1000) * 1_000_000);
  }

  /** Checks a time sent {@code sentSeconds} plus {@code sentNanos} (0 to 10^9 - 1) after the epoch. */
  private void checkAge(String what, long sentSeconds, int sentNanos) throws RequestVerificationException {
    Instant now = clock.instant();
    // The age is ageSeconds + nanos, with 0 <= nanos < 10^9; the same for how far ahead it is.
    long ageSeconds = now.getEpochSecond() - sentSeconds;
    int nanos = now.getNano() - sentNanos;
    if (nanos < 0) {
      nanos += NANOS_PER_SECOND;
      ageSeconds--;
    }
    if (exceedsTolerance(ageSeconds, nanos)) {
      throw Rejections.reject(Rejections.tooOld(what, ageSeconds, toleranceSeconds));
    }
    long aheadSeconds = nanos == 0 ? -ageSeconds : -ageSeconds - 1;
    if (exceedsTolerance(aheadSeconds, nanos == 0 ? 0 : NANOS_PER_SECOND - nanos)) {
      throw Rejections.reject(Rejections.inFuture(what, aheadSeconds, toleranceSeconds));
    }
  }

  /** Whether {@code seconds} plus {@code nanos} (0 to 10^9 - 1) is longer than the tolerance. */
  private boolean exceedsTolerance(long seconds, int nanos) {
    return seconds > toleranceSeconds || seconds == toleranceSeconds && nanos > toleranceNanos;
  }

  /** Digits only: no sign, no fraction, no exponent, which {@code Long.parseLong} would let through in part. */
  private static long parseSeconds(String header, String text, int from, int to)
      throws RequestVerificationException {
    if (from >= to || to - from > MAX_DIGITS || !isAsciiDigits(text, from, to)) {
      throw Rejections.reject(Rejections.notNumeric(header));
    }
    return Long.parseLong(text, from, to, 10);
  }

  private static boolean isAsciiDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "tolerance " + toleranceSeconds + " s";
  }
}
