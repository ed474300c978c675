package io.hookwire.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link DeliveryLog}: the deliveries of the last {@code window}, at most
 * {@code maxEntries} of them, held in this process's memory. Bounded both ways so that a flood of
 * distinct ids cannot exhaust the heap; the oldest entries go first. A retry that arrives after
 * its delivery has left the log is handled again, so the window should cover the sender's retry
 * schedule (Slack retries for minutes, Stripe for up to three days).
 *
 * <p>Thread-safe. Each call holds one lock for a few map operations.
 */
public final class InMemoryDeliveryLog implements DeliveryLog {
  /** The default number of deliveries remembered. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;
  /** The default time a handled delivery is remembered. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  private final int maxEntries;
  private final Duration window;
  private final Clock clock;
  // Insertion order is time order: entries are put when claimed and put again when handled.
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  /** A log with the default bounds: 100,000 deliveries, 24 hours. */
  public InMemoryDeliveryLog() {
    this(DEFAULT_MAX_ENTRIES, DEFAULT_WINDOW);
  }

  /**
   * A log that remembers at most {@code maxEntries} deliveries, each for {@code window}.
   *
   * @throws IllegalArgumentException if {@code maxEntries} is not positive or the window is not
   */
  public InMemoryDeliveryLog(int maxEntries, Duration window) {
    this(maxEntries, window, Clock.systemUTC());
  }

  InMemoryDeliveryLog(int maxEntries, Duration window, Clock clock) {
    if (maxEntries <= 0) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    this.maxEntries = maxEntries;
    this.window = window;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Claim claim(String receiver, String deliveryId) {
    Instant now = clock.instant();
    forgetOlderThan(now.minus(window));
    String key = key(receiver, deliveryId);
    Entry existing = entries.get(key);
    if (existing != null) {
      return existing.handled() ? Claim.ALREADY_HANDLED : Claim.IN_PROGRESS;
    }
    put(key, new Entry(false, now));
    return Claim.ACQUIRED;
  }

  @Override
  public synchronized void handled(String receiver, String deliveryId) {
    String key = key(receiver, deliveryId);
    entries.remove(key);
    put(key, new Entry(true, clock.instant()));
  }

  @Override
  public synchronized void failed(String receiver, String deliveryId) {
    entries.remove(key(receiver, deliveryId));
  }

  /** How many deliveries the log holds now. */
  public synchronized int size() {
    return entries.size();
  }

  @Override
  public String toString() {
    return "InMemoryDeliveryLog[max " + maxEntries + ", window " + window + "]";
  }

  private void put(String key, Entry entry) {
    entries.put(key, entry);
    if (entries.size() > maxEntries) {
      Iterator<String> oldest = entries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  private void forgetOlderThan(Instant cutoff) {
    Iterator<Map.Entry<String, Entry>> oldestFirst = entries.entrySet().iterator();
    while (oldestFirst.hasNext() && oldestFirst.next().getValue().at().isBefore(cutoff)) {
      oldestFirst.remove();
    }
  }

  // The NUL byte cannot occur in a receiver name, so two receivers' ids never meet.
  private static String key(String receiver, String deliveryId) {
    return receiver + '\0' + deliveryId;
  }

  private record Entry(boolean handled, Instant at) {}
}
