package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.spi.Delivery;

/** What the processor generates for {@link TelegramReceiver}. */
public final class TelegramReceiver_WebhookReceiver implements WebhookReceiver {
  private final TelegramReceiver receiver;

  public TelegramReceiver_WebhookReceiver(TelegramReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
  }

  @Override
  public boolean verify(Delivery delivery) {
    return receiver.verify(delivery.pathParam("botToken"));
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    return delivery.json(receiver.update(delivery.request()));
  }
}
