package io.hookwire.it.core.receivers;

import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver with a {@code void} handler, which an inbox may store, and one that answers, which
 * runs while its sender waits.
 */
@Webhook(path = "/orders", name = "orders", typeHeader = "X-Event", deliveryIdHeader = "X-Delivery")
public class Orders {
  /** The event the {@code void} handler binds. */
  public record Order(String sku, int quantity) {}

  private final List<String> placed = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  /** What the {@code void} handler saw, as {@code sku x quantity (channel)}, in order. */
  public List<String> placed() {
    return placed;
  }

  /** Makes the next {@code count} orders fail, as a database briefly down would. */
  public void failNext(int count) {
    failuresLeft.set(count);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    if (!request.header("X-Signature").orElse("").equals("good")) {
      throw new RequestVerificationException("bad signature");
    }
  }

  @OnEvent("order.placed")
  void placed(Order order, @Header("X-Channel") String channel) {
    if (failuresLeft.getAndDecrement() > 0) {
      throw new IllegalStateException("the order store is down");
    }
    placed.add(order.sku() + " x" + order.quantity() + " (" + channel + ")");
  }

  @OnEvent("ping")
  String ping() {
    return "pong";
  }
}
