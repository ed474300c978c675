package io.hookwire.it.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A shop's order events, dispatched on the {@code X-Event} header, with one handler for every kind
 * of answer and every way a handler can fail: the receiver behind the rows of the pipeline table.
 */
@Webhook(path = "/shop/events", name = "shop", typeHeader = "X-Event")
public class ShopReceiver {
  /** The only signature {@link #verify} accepts. */
  public static final String SIGNATURE = "s3cret";
  /** A signature that makes {@link #verify} throw. */
  public static final String EXPLODING_SIGNATURE = "explode";
  /** A secret in a handler's failure, which must never reach an answer. */
  public static final String SECRET_IN_FAILURE = "database password is hunter2";

  private final List<Order> orders = new CopyOnWriteArrayList<>();

  /** The orders {@code order.created} took, in order. */
  public List<Order> orders() {
    return orders;
  }

  @Verify
  boolean verify(@Header("X-Signature") String signature) throws RequestVerificationException {
    if (signature.equals(EXPLODING_SIGNATURE)) {
      throw new RequestVerificationException("signature has the wrong length");
    }
    return SIGNATURE.equals(signature);
  }

  @OnEvent("order.created")
  void created(Order order) {
    orders.add(order);
  }

  @OnEvent("order.described")
  String described(Order order) {
    return "order " + order.id() + " x" + order.quantity();
  }

  @OnEvent("order.accepted")
  WebhookResponse accepted(Order order) {
    return WebhookResponse.text(202, "queued " + order.id()).withHeader("X-Queue", "orders");
  }

  @OnEvent("order.receipt")
  Receipt receipt(Order order) {
    return new Receipt(order.id(), "paid");
  }

  @OnEvent("order.failing")
  void failing(Order order) {
    throw new IllegalStateException(SECRET_IN_FAILURE);
  }

  @OnEvent("order.recursing")
  String recursing(JsonNode order) {
    return String.valueOf(depth(0));
  }

  @OnEvent("order.nothing")
  WebhookResponse nothing(JsonNode order) {
    return null;
  }

  @OnEvent("order.raw")
  String raw(String body) {
    return "raw " + body.length();
  }

  /** Binds a type Jackson cannot make: a defect of the receiver, not of the delivery. */
  @OnEvent("order.shaped")
  void shaped(Shape shape) {
    throw new AssertionError("a Shape can never be bound");
  }

  // Never stops calling itself: a handler that overflows the stack.
  private static int depth(int depth) {
    return depth(depth + 1) + 1;
  }

  /** An interface without type information: Jackson cannot tell which class to make. */
  public interface Shape {}

  /** The event most handlers bind. */
  public record Order(String id, int quantity) {}

  /** An answer sent as JSON. */
  public record Receipt(String id, String status) {}
}
