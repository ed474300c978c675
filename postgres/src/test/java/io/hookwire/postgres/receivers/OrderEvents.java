package io.hookwire.postgres.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver whose deliveries carry their id in {@code X-Delivery}, as GitHub's do. Every instance
 * of an application has its own, and they count into one {@link Handled}, so a test sees how
 * often each body ran across instances. The body {@code hold} waits in its handler until released.
 */
@Webhook(path = "/orders", name = "orders", deliveryIdHeader = OrderEvents.ID_HEADER)
public class OrderEvents {
  /** The header that carries the delivery id. */
  public static final String ID_HEADER = "X-Delivery";

  private final Handled handled;

  public OrderEvents(Handled handled) {
    this.handled = handled;
  }

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  void handle(String body) throws InterruptedException {
    handled.count(body);
    if (body.equals("hold")) {
      handled.holding.countDown();
      handled.release.await(30, TimeUnit.SECONDS);
    }
  }

  /** How often each body was handled, by every instance together. */
  public static final class Handled {
    private final Map<String, AtomicInteger> times = new ConcurrentHashMap<>();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** How often {@code body} was handled. */
    public int times(String body) {
      AtomicInteger count = times.get(body);
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

    void count(String body) {
      times.computeIfAbsent(body, b -> new AtomicInteger()).incrementAndGet();
    }
  }
}
