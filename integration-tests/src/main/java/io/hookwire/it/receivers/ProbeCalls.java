package io.hookwire.it.receivers;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the probe receivers were asked to do. The hardening contracts assert on it that input
 * refused before verification never reached {@code @Verify}, and that nothing forged reached a
 * handler.
 */
public final class ProbeCalls {
  private final AtomicInteger verifications = new AtomicInteger();
  private final AtomicInteger verified = new AtomicInteger();
  private final AtomicInteger handled = new AtomicInteger();
  private final AtomicInteger failedOnPurpose = new AtomicInteger();

  void recordVerifying() {
    verifications.incrementAndGet();
  }

  void recordVerified() {
    verified.incrementAndGet();
  }

  void recordHandled() {
    handled.incrementAndGet();
  }

  void recordFailingOnPurpose() {
    handled.incrementAndGet();
    failedOnPurpose.incrementAndGet();
  }

  /** How many times {@code @Verify} ran. */
  public int verifications() {
    return verifications.get();
  }

  /** How many times {@code @Verify} accepted the delivery. */
  public int verified() {
    return verified.get();
  }

  /** How many times an {@code @OnEvent} handler ran, the failing one included. */
  public int handled() {
    return handled.get();
  }

  /** How many times the handler that throws on purpose ran. */
  public int failedOnPurpose() {
    return failedOnPurpose.get();
  }

  /** Forgets every call, for the next request. */
  public void reset() {
    verifications.set(0);
    verified.set(0);
    handled.set(0);
    failedOnPurpose.set(0);
  }

  @Override
  public String toString() {
    return "ProbeCalls[verifications=" + verifications + ", verified=" + verified + ", handled=" + handled
        + ", failedOnPurpose=" + failedOnPurpose + "]";
  }
}
