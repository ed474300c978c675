package io.hookwire.runtime;

import java.util.List;

/** What the processor generates for a compilation holding {@link TelegramReceiver}. */
public final class TelegramRegistry implements WebhookRegistry {
  @Override
  public List<ReceiverDefinition<?>> receivers() {
    return List.of(ReceiverDefinition.of(
        TelegramReceiver.class, "telegram", "/telegram/{botToken}/updates", TelegramReceiver_WebhookReceiver::new));
  }
}
