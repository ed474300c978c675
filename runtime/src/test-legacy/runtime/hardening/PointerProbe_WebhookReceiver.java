package io.hookwire.runtime.hardening;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.spi.WebhookReceiver;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.Delivery;

/** What the processor generates for {@link PointerProbe}. */
public final class PointerProbe_WebhookReceiver implements WebhookReceiver {
  private static final JsonPointer TYPE_POINTER = JsonPointer.compile("/type");

  private final PointerProbe receiver;
  private final ObjectReader orderReader;

  public PointerProbe_WebhookReceiver(PointerProbe receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.orderReader = mapper.readerFor(Order.class);
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    receiver.verify(delivery.request());
    return true;
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    switch (delivery.eventTypeAt(TYPE_POINTER)) {
      case "order":
        receiver.order(delivery.bind(orderReader));
        return WebhookResponse.ok();
      case "accepted":
        return receiver.accepted(delivery.tree());
      case "fail":
        receiver.fail(delivery.tree());
        return WebhookResponse.ok();
      default:
        receiver.other(delivery.tree());
        return WebhookResponse.ok();
    }
  }
}
