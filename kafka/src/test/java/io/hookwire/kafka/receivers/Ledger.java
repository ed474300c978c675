package io.hookwire.kafka.receivers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the {@link Jobs} receivers of every instance in a test did: which instance handled each
 * delivery, how often each was attempted, and the latches that hold a handler in the middle.
 */
public final class Ledger {
  private final Map<String, List<String>> handledBy = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final BlockingQueue<String> handled = new LinkedBlockingQueue<>();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  void attempted(String id) {
    attempts.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
  }

  void handled(String id, String instance) {
    handledBy.computeIfAbsent(id, key -> new CopyOnWriteArrayList<>()).add(instance);
    handled.add(id);
  }

  void enterAndHold() throws InterruptedException {
    entered.countDown();
    release.await();
  }

  /** How many times the handler was called for {@code id}. */
  public int attempts(String id) {
    AtomicInteger count = attempts.get(id);
    return count == null ? 0 : count.get();
  }

  /** The instances that handled {@code id} successfully, in order. */
  public List<String> handledBy(String id) {
    return handledBy.getOrDefault(id, List.of());
  }

  /** Every delivery id handled successfully, with the instances that handled it. */
  public Map<String, List<String>> handled() {
    return Map.copyOf(handledBy);
  }

  /** Waits for the next successful handling, up to {@code seconds}: its id, or {@code null}. */
  public String awaitHandled(long seconds) throws InterruptedException {
    return handled.poll(seconds, TimeUnit.SECONDS);
  }

  /** Waits until {@code id} was handled successfully, up to {@code seconds}. */
  public boolean awaitHandled(String id, long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (handledBy(id).isEmpty()) {
      String next = handled.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (next == null) {
        return !handledBy(id).isEmpty();
      }
    }
    return true;
  }

  /** Waits until a handler is held in the middle, up to {@code seconds}. */
  public boolean awaitEntered(long seconds) throws InterruptedException {
    return entered.await(seconds, TimeUnit.SECONDS);
  }

  /** Lets the held handlers finish. */
  public void release() {
    release.countDown();
  }
}
