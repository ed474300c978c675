package io.hookwire.runtime;

import java.util.List;

/** What the processor generates for a compilation holding {@link ShopReceiver}. */
public final class ShopRegistry implements WebhookRegistry {
  @Override
  public List<ReceiverDefinition<?>> receivers() {
    return List.of(ReceiverDefinition.of(ShopReceiver.class, "shop", "/shop/events", ShopReceiver_WebhookReceiver::new)
        .withDefaultConstructor(ShopReceiver::new));
  }
}
