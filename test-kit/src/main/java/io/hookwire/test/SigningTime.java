package io.hookwire.test;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * When a timestamped signer signs: now, read from the system clock on each signature so that a
 * signer kept in a field stays fresh, or one fixed instant, for replay tests.
 */
final class SigningTime {
  static final SigningTime NOW = new SigningTime(null);

  /** {@code null} for now: a fixed clock would need a time zone and add nothing. */
  private final Instant fixed;

  private SigningTime(Instant fixed) {
    this.fixed = fixed;
  }

  /**
   * A fixed instant. Providers send Unix seconds as plain digits, and the verifiers accept
   * nothing else, so an instant before 1970 could never verify: refused here, where the mistake is.
   */
  static SigningTime at(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    if (instant.getEpochSecond() < 0) {
      throw new IllegalArgumentException("instant must not be before 1970-01-01T00:00:00Z: " + instant);
    }
    return new SigningTime(instant);
  }

  /** The Unix time in whole seconds, as providers write it in their timestamp headers. */
  String epochSeconds() {
    return Long.toString(instant().getEpochSecond());
  }

  /** The Unix time in milliseconds, as Linear writes it in its bodies. */
  long epochMillis() {
    return instant().toEpochMilli();
  }

  private Instant instant() {
    return fixed == null ? Clock.systemUTC().instant() : fixed;
  }

  @Override
  public String toString() {
    return fixed == null ? "now" : fixed.toString();
  }
}
