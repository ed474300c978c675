package io.hookwire.runtime.server;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * When a body's next bytes must have arrived, counted from when its head arrived, so that a body
 * that never starts is bounded as well as one that drips. Two rules, both counted from the head:
 *
 * <ul>
 *   <li>the whole body within the {@linkplain #timeout() timeout};
 *   <li>with a {@linkplain #minBytesPerSecond() minimum rate}, once its {@linkplain #grace() grace}
 *       is over, at least that many bytes for every second since: after {@code received} bytes, the
 *       next are due at {@code head + grace + received / rate}. The rate is an average since the
 *       head, so bytes that came early buy time for a pause later.
 * </ul>
 *
 * <p>The next bytes are due at the earlier of the two times. Readers ask with the number of body
 * bytes received so far ({@link #millisLeft(long)}, {@link #passed(long)}), so that every adapter
 * applies the same rule. Immutable; safe to share between threads.
 */
public final class BodyDeadline {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_MILLI = 1_000_000L;

  private final Duration timeout;
  private final long minBytesPerSecond;
  private final Duration grace;
  private final LongSupplier nanoClock;
  private final long headNanos;

  private BodyDeadline(Duration timeout, long minBytesPerSecond, Duration grace, LongSupplier nanoClock) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(grace, "grace");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    if (minBytesPerSecond < 0) {
      throw new IllegalArgumentException("minBytesPerSecond must not be negative: " + minBytesPerSecond);
    }
    if (minBytesPerSecond > 0 && (grace.isNegative() || grace.isZero())) {
      // With no grace the first bytes would be late before they could arrive.
      throw new IllegalArgumentException("grace must be positive: " + grace);
    }
    this.timeout = timeout;
    this.minBytesPerSecond = minBytesPerSecond;
    this.grace = grace;
    this.nanoClock = nanoClock;
    this.headNanos = nanoClock.getAsLong();
  }

  /** A deadline {@code timeout} from now for the whole body, with no minimum rate. */
  public static BodyDeadline after(Duration timeout) {
    return new BodyDeadline(timeout, 0, Duration.ZERO, System::nanoTime);
  }

  /**
   * A deadline {@code timeout} from now for the whole body, and, once {@code grace} from now is
   * over, at least {@code minBytesPerSecond} bytes for every second since; {@code 0} for no
   * minimum rate.
   *
   * @throws IllegalArgumentException if {@code timeout} or {@code minBytesPerSecond} is negative,
   *     or there is a minimum rate and {@code grace} is not positive
   */
  public static BodyDeadline after(Duration timeout, long minBytesPerSecond, Duration grace) {
    return new BodyDeadline(timeout, minBytesPerSecond, grace, System::nanoTime);
  }

  /** As {@link #after(Duration, long, Duration)}, on {@code nanoClock} instead of {@link System#nanoTime()}. */
  static BodyDeadline after(Duration timeout, long minBytesPerSecond, Duration grace, LongSupplier nanoClock) {
    return new BodyDeadline(timeout, minBytesPerSecond, grace, nanoClock);
  }

  /** The time the client was given for the whole body. */
  public Duration timeout() {
    return timeout;
  }

  /** The fewest bytes a second the body must average once the grace is over; {@code 0}: no minimum. */
  public long minBytesPerSecond() {
    return minBytesPerSecond;
  }

  /** The time from the head before the minimum rate applies. */
  public Duration grace() {
    return grace;
  }

  /**
   * The time left, in milliseconds, until the bytes after the first {@code bytesReceived} are due:
   * rounded up, so it is positive exactly while {@link #passed(long)} is {@code false}. It grows as
   * bytes arrive, up to the time left for the whole body.
   */
  public long millisLeft(long bytesReceived) {
    long left = nanosLeft(bytesReceived);
    return left > 0 ? (left + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI : left / NANOS_PER_MILLI;
  }

  /** Whether the bytes after the first {@code bytesReceived} are late: the body has had its time. */
  public boolean passed(long bytesReceived) {
    return nanosLeft(bytesReceived) <= 0;
  }

  /**
   * Whether the time for the whole body is up, whatever arrived: tells a body too slow for the
   * timeout from one that fell behind the minimum rate before it.
   */
  public boolean timeoutPassed() {
    return nanoClock.getAsLong() - headNanos - timeout.toNanos() >= 0;
  }

  private long nanosLeft(long bytesReceived) {
    // Counted as offsets from the head: nanoTime values themselves may be anywhere, even negative.
    return dueNanosAfterHead(bytesReceived) - (nanoClock.getAsLong() - headNanos);
  }

  private long dueNanosAfterHead(long bytesReceived) {
    long whole = timeout.toNanos();
    if (minBytesPerSecond == 0) {
      return whole;
    }
    long graceNanos = grace.toNanos();
    // A count too large for the product to fit buys more than any timeout: the timeout decides.
    if (graceNanos >= whole || bytesReceived >= Long.MAX_VALUE / NANOS_PER_SECOND) {
      return whole;
    }
    long earned = Math.max(0, bytesReceived) * NANOS_PER_SECOND / minBytesPerSecond;
    return earned >= whole - graceNanos ? whole : graceNanos + earned;
  }

  @Override
  public String toString() {
    return minBytesPerSecond == 0
        ? "BodyDeadline[" + timeout.toMillis() + " ms]"
        : "BodyDeadline[" + timeout.toMillis() + " ms, " + minBytesPerSecond + " B/s after "
            + grace.toMillis() + " ms]";
  }
}
