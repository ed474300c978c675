package io.hookwire.runtime;

import java.util.List;
import java.util.function.Supplier;

/** What the processor generates for a compilation holding the {@link MessagingAppReceiver} classes. */
public final class MessagingAppRegistry implements WebhookRegistry {
  @Override
  public List<ReceiverDefinition<?>> receivers() {
    return List.of(
        definition(MessagingAppReceiver.Connected.class, "connected", true, MessagingAppReceiver.Connected::new),
        definition(MessagingAppReceiver.Disconnected.class, "disconnected", true, MessagingAppReceiver.Disconnected::new),
        definition(MessagingAppReceiver.Refused.class, "refused", true, MessagingAppReceiver.Refused::new),
        definition(MessagingAppReceiver.Unreachable.class, "unreachable", true, MessagingAppReceiver.Unreachable::new),
        definition(MessagingAppReceiver.Unconnectable.class, "unconnectable", false, MessagingAppReceiver.Unconnectable::new));
  }

  private static <T extends MessagingAppReceiver> ReceiverDefinition<T> definition(
      Class<T> type, String name, boolean canConnect, Supplier<T> constructor) {
    return ReceiverDefinition.of(type, name, "/app/" + name,
            (receiver, mapper) -> new MessagingAppReceiver_WebhookReceiver(receiver, canConnect))
        .withDefaultConstructor(constructor);
  }
}
