package io.hookwire.it.core.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver whose event type is read from the body at a member, then at an element of an array,
 * by a scan of the body that builds no tree. Its handlers take the event bound straight from the
 * body, the raw body, or nothing, and count their calls, so a test can tell that a refused
 * delivery reached none of them.
 */
@Webhook(path = "/scanned-types", name = "scanned_types", typePointer = {"/type", "/items/0/kind"})
public class ScannedTypes {
  public record Order(String type, String id) {}

  private final AtomicInteger calls = new AtomicInteger();

  @Verify
  boolean verify() {
    return true;
  }

  @OnEvent("order")
  String order(Order order) {
    calls.incrementAndGet();
    return "order " + order.type() + " " + order.id();
  }

  @OnEvent("order.refund")
  String refund(String body) {
    calls.incrementAndGet();
    return "refund";
  }

  @OnEvent("ping")
  String ping() {
    calls.incrementAndGet();
    return "pong";
  }

  /** How many deliveries the handlers took. */
  public int calls() {
    return calls.get();
  }
}
