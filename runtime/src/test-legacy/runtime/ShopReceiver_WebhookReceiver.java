package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.spi.Delivery;

/** What the processor generates for {@link ShopReceiver}. */
public final class ShopReceiver_WebhookReceiver implements WebhookReceiver {
  private final ShopReceiver receiver;
  private final ObjectReader orderReader;
  private final ObjectReader shapeReader;

  public ShopReceiver_WebhookReceiver(ShopReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.orderReader = mapper.readerFor(ShopReceiver.Order.class);
    this.shapeReader = mapper.readerFor(ShopReceiver.Shape.class);
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    return receiver.verify(delivery.header("X-Signature"));
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    switch (delivery.eventTypeFromHeader("X-Event")) {
      case "order.created":
        receiver.created(delivery.bind(orderReader));
        return WebhookResponse.ok();
      case "order.described":
        return WebhookResponse.text(200, receiver.described(delivery.bind(orderReader)));
      case "order.accepted":
        return receiver.accepted(delivery.bind(orderReader));
      case "order.receipt":
        return delivery.json(receiver.receipt(delivery.bind(orderReader)));
      case "order.failing":
        receiver.failing(delivery.bind(orderReader));
        return WebhookResponse.ok();
      case "order.recursing":
        return WebhookResponse.text(200, String.valueOf(receiver.recursing(0)));
      case "order.nothing":
        return receiver.nothing(delivery.tree());
      case "order.shaped":
        receiver.shaped(delivery.bind(shapeReader));
        return WebhookResponse.ok();
      case "order.raw":
        return WebhookResponse.text(200, receiver.raw(delivery.bodyString()));
      default:
        return WebhookResponse.ok();
    }
  }
}
