package io.hookwire.spring.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Keeps one delivery under way until a test lets it go, so that a stop can be watched draining it. */
@Component
public class Holds {
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  /** Called by the handler: waits until {@link #release()}. */
  void hold() throws InterruptedException {
    holding.countDown();
    released.await(30, TimeUnit.SECONDS);
  }

  /** Waits until a delivery is held. */
  public boolean awaitHolding() throws InterruptedException {
    return holding.await(30, TimeUnit.SECONDS);
  }

  /** Lets the held delivery finish. */
  public void release() {
    released.countDown();
  }
}
