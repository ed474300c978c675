package io.hookwire.runtime.hardening;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the probe receivers were asked to do. The hardening tests assert on it that input refused
 * before verification never reached {@code @Verify}, and that nothing forged reached a handler.
 */
final class Calls {
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
  int verifications() {
    return verifications.get();
  }

  /** How many times {@code @Verify} accepted the delivery. */
  int verified() {
    return verified.get();
  }

  /** How many times an {@code @OnEvent} handler ran, the failing one included. */
  int handled() {
    return handled.get();
  }

  /** How many times the handler that throws on purpose ran. */
  int failedOnPurpose() {
    return failedOnPurpose.get();
  }

  void reset() {
    verifications.set(0);
    verified.set(0);
    handled.set(0);
    failedOnPurpose.set(0);
  }

  @Override
  public String toString() {
    return "Calls[verifications=" + verifications + ", verified=" + verified + ", handled=" + handled
        + ", failedOnPurpose=" + failedOnPurpose + "]";
  }
}
