package io.hookwire.runtime;

import java.util.List;

/**
 * The registry of another jar, whose receivers are whatever a test needs: a class of its own, so
 * that Hookwire does not take it for a second copy of {@link PingRegistry}.
 */
public final class ClashingRegistry implements WebhookRegistry {
  private final List<ReceiverDefinition<?>> receivers;

  ClashingRegistry(ReceiverDefinition<?>... receivers) {
    this.receivers = List.of(receivers);
  }

  @Override
  public List<ReceiverDefinition<?>> receivers() {
    return receivers;
  }
}
