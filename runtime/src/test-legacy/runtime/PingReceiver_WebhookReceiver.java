package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.spi.Delivery;

/** What the processor generates for {@link PingReceiver}. */
public final class PingReceiver_WebhookReceiver implements WebhookReceiver {
  private final PingReceiver receiver;

  public PingReceiver_WebhookReceiver(PingReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
  }

  @Override
  public boolean verify(Delivery delivery) {
    return true;
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) {
    return WebhookResponse.text(200, receiver.ping(delivery.bodyString()));
  }
}
