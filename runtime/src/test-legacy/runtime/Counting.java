package io.hookwire.runtime;

import io.hookwire.runtime.spi.Delivery;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands for a generated receiver with {@code @Webhook(deliveryIdHeader = "X-Delivery")}: counts
 * how often its handler runs for each body, fails for the body {@code fail}, and holds the body
 * {@code hold} until released, so tests can keep a delivery in progress.
 */
final class Counting implements WebhookReceiver {
  static final String ID_HEADER = "X-Delivery";

  final ConcurrentHashMap<String, AtomicInteger> handled = new ConcurrentHashMap<>();
  final CountDownLatch holding = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  /** The definition of a receiver named {@code name} at {@code path}, served by the instance. */
  static ReceiverDefinition<Counting> definition(String name, String path) {
    return ReceiverDefinition.of(Counting.class, name, path, (counting, mapper) -> counting);
  }

  /** A registry of one receiver, {@code counting} at {@code /counting}. */
  static WebhookRegistry registry() {
    return () -> List.of(definition("counting", "/counting"));
  }

  /** How often the handler ran for {@code body}. */
  int timesHandled(String body) {
    AtomicInteger count = handled.get(body);
    return count == null ? 0 : count.get();
  }

  @Override
  public boolean verify(Delivery delivery) {
    return true;
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws InterruptedException {
    String body = delivery.bodyString();
    handled.computeIfAbsent(body, b -> new AtomicInteger()).incrementAndGet();
    if (body.equals("fail")) {
      throw new IllegalStateException("the handler failed");
    }
    if (body.equals("hold")) {
      holding.countDown();
      release.await(30, TimeUnit.SECONDS);
    }
    return WebhookResponse.ok();
  }

  @Override
  public String deliveryId(Delivery delivery) {
    return delivery.deliveryIdFromHeader(ID_HEADER);
  }
}
