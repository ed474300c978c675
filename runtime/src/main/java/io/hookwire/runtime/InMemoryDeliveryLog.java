package io.hookwire.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link DeliveryLog}: the deliveries of the last {@code window}, at most
 * {@code maxEntries} ids of them, held in this process's memory. Bounded both ways so that a flood
 * of distinct ids cannot exhaust the heap; the oldest entries go first, but never one whose
 * delivery is being handled, so a flood cannot make one delivery run twice at once. A retry that
 * arrives after its delivery has left the log is handled again, so the window should cover the
 * sender's retry schedule (Slack retries for minutes, Stripe for up to three days).
 *
 * <p>Thread-safe. Each call holds one lock for a few map operations.
 */
public final class InMemoryDeliveryLog implements DeliveryLog {
  /** The default number of delivery ids remembered. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;
  /** The default time a handled delivery is remembered. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  private final int maxEntries;
  private final Duration window;
  private final Clock clock;
  // By receiver and id, oldest first: an entry moves to the end whenever one of its bodies changes.
  private final LinkedHashMap<String, Bodies> entries = new LinkedHashMap<>();

  /** A log with the default bounds: 100,000 delivery ids, 24 hours. */
  public InMemoryDeliveryLog() {
    this(DEFAULT_MAX_ENTRIES, DEFAULT_WINDOW);
  }

  /**
   * A log that remembers at most {@code maxEntries} delivery ids, each for {@code window}.
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
  public synchronized Claim claim(DeliveryKey key) {
    Instant now = clock.instant();
    forgetOlderThan(now.minus(window));
    String id = idOf(key);
    Bodies bodies = entries.remove(id);
    if (bodies == null) {
      bodies = new Bodies();
    }
    Claim claim = bodies.claim(key.bodyDigest(), now);
    entries.put(id, bodies);
    evictOverflow();
    return claim;
  }

  @Override
  public synchronized void handled(DeliveryKey key) {
    String id = idOf(key);
    Bodies bodies = entries.remove(id);
    if (bodies == null) {
      bodies = new Bodies();
    }
    bodies.handled(key.bodyDigest(), clock.instant());
    entries.put(id, bodies);
  }

  @Override
  public synchronized void failed(DeliveryKey key) {
    String id = idOf(key);
    Bodies bodies = entries.get(id);
    if (bodies != null && bodies.failed(key.bodyDigest())) {
      entries.remove(id);
    }
  }

  /** How many delivery ids the log holds now. */
  public synchronized int size() {
    return entries.size();
  }

  @Override
  public String toString() {
    return "InMemoryDeliveryLog[max " + maxEntries + ", window " + window + "]";
  }

  // Oldest first; entries with a delivery in progress stay, however old, until it is settled.
  private void forgetOlderThan(Instant cutoff) {
    Iterator<Bodies> oldestFirst = entries.values().iterator();
    while (oldestFirst.hasNext()) {
      Bodies bodies = oldestFirst.next();
      if (!bodies.changedBefore(cutoff)) {
        return;
      }
      if (!bodies.inProgress()) {
        oldestFirst.remove();
      }
    }
  }

  private void evictOverflow() {
    Iterator<Bodies> oldestFirst = entries.values().iterator();
    while (entries.size() > maxEntries && oldestFirst.hasNext()) {
      if (!oldestFirst.next().inProgress()) {
        oldestFirst.remove();
      }
    }
  }

  // The NUL character cannot occur in a receiver name, so two receivers' ids never meet.
  private static String idOf(DeliveryKey key) {
    return key.receiver() + '\0' + key.deliveryId();
  }

  /** The bodies seen under one id, each handled or in progress. */
  private static final class Bodies {
    // Almost always one body; a second one is a replay under a reused id, or a sender's mistake.
    private final Map<String, Boolean> handledByDigest = new HashMap<>(2);
    private Instant changed = Instant.MIN;

    Claim claim(String digest, Instant now) {
      Boolean handled = handledByDigest.get(digest);
      if (handled != null) {
        return handled ? Claim.ALREADY_HANDLED : Claim.IN_PROGRESS;
      }
      boolean otherBody = !handledByDigest.isEmpty();
      handledByDigest.put(digest, false);
      changed = now;
      return otherBody ? Claim.ACQUIRED_OTHER_BODY : Claim.ACQUIRED;
    }

    void handled(String digest, Instant now) {
      handledByDigest.put(digest, true);
      changed = now;
    }

    /** Forgets a failed body: whether no body is left under the id. */
    boolean failed(String digest) {
      handledByDigest.remove(digest);
      return handledByDigest.isEmpty();
    }

    boolean inProgress() {
      return handledByDigest.containsValue(false);
    }

    boolean changedBefore(Instant cutoff) {
      return changed.isBefore(cutoff);
    }
  }
}
