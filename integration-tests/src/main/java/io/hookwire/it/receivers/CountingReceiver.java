package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver with a delivery id in the {@code X-Delivery} header: counts how often its handler runs
 * for each body, fails for the body {@code fail}, and holds the body {@code hold} until released,
 * so tests can keep a delivery in progress.
 */
@Webhook(path = "/counting", name = "counting", deliveryIdHeader = CountingReceiver.ID_HEADER)
public class CountingReceiver {
  /** The header that carries the delivery id. */
  public static final String ID_HEADER = "X-Delivery";

  private final ConcurrentHashMap<String, AtomicInteger> handled = new ConcurrentHashMap<>();
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  /** How often the handler ran for {@code body}. */
  public int timesHandled(String body) {
    AtomicInteger count = handled.get(body);
    return count == null ? 0 : count.get();
  }

  /** Waits until a delivery of {@code hold} is being handled. */
  public boolean awaitHolding(long timeout, TimeUnit unit) throws InterruptedException {
    return holding.await(timeout, unit);
  }

  /** Lets the delivery of {@code hold} finish. */
  public void release() {
    release.countDown();
  }

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  void handle(String body) throws InterruptedException {
    handled.computeIfAbsent(body, b -> new AtomicInteger()).incrementAndGet();
    if (body.equals("fail")) {
      throw new IllegalStateException("the handler failed");
    }
    if (body.equals("hold")) {
      holding.countDown();
      release.await(30, TimeUnit.SECONDS);
    }
  }
}
