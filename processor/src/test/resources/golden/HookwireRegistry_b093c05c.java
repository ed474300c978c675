package test;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.ReceiverFactory;
import io.hookwire.runtime.spi.WebhookReceiver;
import io.hookwire.runtime.spi.WebhookRegistry;
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
        SlackReceiver_WebhookReceiver.definition(new Factory(0)),
        TelegramReceiver_WebhookReceiver.definition(new Factory(1)));
  }

  /**
   * Makes each receiver of this registry, chosen by its index in {@link #receivers()}:
   * one class serves them all.
   */
  private static final class Factory implements ReceiverFactory {
    private final int index;

    Factory(int index) {
      this.index = index;
    }

    @Override
    public WebhookReceiver wrap(Object instance, ObjectMapper mapper) {
      return switch (index) {
        case 0 -> SlackReceiver_WebhookReceiver.wrap(instance, mapper);
        case 1 -> TelegramReceiver_WebhookReceiver.wrap(instance, mapper);
        default -> throw new IndexOutOfBoundsException(index);
      };
    }

    @Override
    public Object newInstance() {
      return switch (index) {
        case 0 -> SlackReceiver_WebhookReceiver.newInstance();
        default -> throw new UnsupportedOperationException(
            "receiver " + index + " has no constructor without parameters");
      };
    }
  }
}
