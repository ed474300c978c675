package test;

import io.hookwire.runtime.ReceiverDefinition;
import io.hookwire.runtime.WebhookRegistry;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The webhook receivers of this compilation, found by the Hookwire runtime at start-up.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class HookwireRegistry_b093c05c implements WebhookRegistry {
  @Override
  public List<ReceiverDefinition<?>> receivers() {
    return List.of(
        SlackReceiver_WebhookReceiver.definition(),
        TelegramReceiver_WebhookReceiver.definition());
  }
}
