package io.hookwire.runtime.hardening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.spi.WebhookReceiver;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.Delivery;

/** What the processor generates for {@link HeaderProbe}. */
public final class HeaderProbe_WebhookReceiver implements WebhookReceiver {
  private final HeaderProbe receiver;
  private final ObjectReader orderReader;

  public HeaderProbe_WebhookReceiver(HeaderProbe receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.orderReader = mapper.readerFor(Order.class);
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    return receiver.verify(delivery.pathParam("tenant"), delivery.request());
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    switch (delivery.eventTypeFromHeader(HeaderProbe.EVENT_HEADER)) {
      case "order":
        receiver.order(delivery.bind(orderReader));
        return WebhookResponse.ok();
      case "raw":
        return WebhookResponse.text(200, receiver.raw(delivery.bodyString()));
      case "fail":
        receiver.fail(delivery.bodyString());
        return WebhookResponse.ok();
      default:
        receiver.other(delivery.tree());
        return WebhookResponse.ok();
    }
  }
}
