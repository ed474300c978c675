package io.hookwire.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A receiver as a user writes it, here without its annotations because no processor runs in these
 * tests: {@code @Webhook(path = "/shop/events", name = "shop", typeHeader = "X-Event")}. Each
 * handler returns a different kind of answer; {@link ShopReceiver_WebhookReceiver} is the code the
 * processor would generate for it.
 */
public class ShopReceiver {
  static final String SIGNATURE = "s3cret";
  static final String EXPLODING_SIGNATURE = "explode";
  static final String SECRET_IN_FAILURE = "database password is hunter2";

  final List<Order> orders = new CopyOnWriteArrayList<>();

  /** {@code @Verify}, with {@code @Header("X-Signature") String signature}. */
  boolean verify(String signature) throws RequestVerificationException {
    if (signature.equals(EXPLODING_SIGNATURE)) {
      throw new RequestVerificationException("signature has the wrong length");
    }
    return SIGNATURE.equals(signature);
  }

  /** {@code @OnEvent("order.created")}: returns nothing. */
  void created(Order order) {
    orders.add(order);
  }

  /** {@code @OnEvent("order.described")}: returns text. */
  String described(Order order) {
    return "order " + order.id() + " x" + order.quantity();
  }

  /** {@code @OnEvent("order.accepted")}: chooses its answer. */
  WebhookResponse accepted(Order order) {
    return WebhookResponse.text(202, "queued " + order.id()).withHeader("X-Queue", "orders");
  }

  /** {@code @OnEvent("order.receipt")}: returns an object, sent as JSON. */
  Receipt receipt(Order order) {
    return new Receipt(order.id(), "paid");
  }

  /** {@code @OnEvent("order.failing")}: a handler with a bug. */
  void failing(Order order) {
    throw new IllegalStateException(SECRET_IN_FAILURE);
  }

  /** {@code @OnEvent("order.recursing")}: a handler that never stops calling itself. */
  int recursing(int depth) {
    return recursing(depth + 1) + 1;
  }

  /** {@code @OnEvent("order.nothing")}: a handler that returns no answer at all. */
  WebhookResponse nothing(JsonNode order) {
    return null;
  }

  /** {@code @OnEvent("order.raw")}: takes the body as text, so it needs no JSON. */
  String raw(String body) {
    return "raw " + body.length();
  }

  /** {@code @OnEvent("order.shaped")}: binds a type Jackson cannot make, a defect of the receiver. */
  void shaped(Shape shape) {
    throw new AssertionError("a Shape can never be bound");
  }

  /** An interface without type information: Jackson cannot tell which class to make. */
  public interface Shape {}

  /** The event most handlers bind. */
  public record Order(String id, int quantity) {}

  /** An answer sent as JSON. */
  public record Receipt(String id, String status) {}
}
