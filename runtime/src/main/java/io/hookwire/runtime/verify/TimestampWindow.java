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

  private final Clock clock;
  private final Duration tolerance;

  private TimestampWindow(Clock clock, Duration tolerance) {
    this.clock = clock;
    this.tolerance = tolerance;
  }

  TimestampWindow withClock(Clock clock) {
    return new TimestampWindow(Objects.requireNonNull(clock, "clock must not be null"), tolerance);
  }

  TimestampWindow withTolerance(Duration tolerance) {
    Objects.requireNonNull(tolerance, "tolerance must not be null");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance must not be negative");
    }
    return new TimestampWindow(clock, tolerance);
  }

  Duration tolerance() {
    return tolerance;
  }

  /** Parses a header's Unix time in seconds and checks it lies inside the window. */
  void check(String header, String value) throws RequestVerificationException {
    Instant sent = Instant.ofEpochSecond(Math.min(parseSeconds(header, value), Instant.MAX.getEpochSecond()));
    Duration age = Duration.between(sent, clock.instant());
    if (age.compareTo(tolerance) > 0) {
      throw Rejections.reject(Rejections.tooOld(header, age.toSeconds(), tolerance.toSeconds()));
    }
    if (age.negated().compareTo(tolerance) > 0) {
      throw Rejections.reject(Rejections.inFuture(header, age.negated().toSeconds(), tolerance.toSeconds()));
    }
  }

  /** Digits only: no sign, no fraction, no exponent, which {@code Long.parseLong} would let through in part. */
  private static long parseSeconds(String header, String value) throws RequestVerificationException {
    if (value.isEmpty() || value.length() > MAX_DIGITS || !isAsciiDigits(value)) {
      throw Rejections.reject(Rejections.notNumeric(header));
    }
    return Long.parseLong(value);
  }

  private static boolean isAsciiDigits(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "tolerance " + tolerance.toSeconds() + " s";
  }
}
