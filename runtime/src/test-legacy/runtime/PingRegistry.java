package io.hookwire.runtime;

import java.util.List;

/** What the processor generates for a compilation holding {@link PingReceiver}. */
public final class PingRegistry implements WebhookRegistry {
  @Override
  public List<ReceiverDefinition<?>> receivers() {
    return List.of(ping("ping", "/ping"));
  }

  /** A definition of {@link PingReceiver} under any name and path. */
  static ReceiverDefinition<PingReceiver> ping(String name, String path) {
    return ReceiverDefinition.of(PingReceiver.class, name, path, PingReceiver_WebhookReceiver::new)
        .withDefaultConstructor(PingReceiver::new);
  }
}
