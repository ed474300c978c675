package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import java.util.List;

/**
 * A receiver that binds a nested event, as Stripe's {@code data.object}, so that a value of the
 * wrong type deep inside a delivery fails to bind. It verifies nothing.
 */
@Webhook(path = ChargeReceiver.PATH, name = "charges")
public class ChargeReceiver {
  public static final String PATH = "/charges";

  public record Item(String id, int quantity) {}

  public record Charge(long amount, List<Item> items) {}

  public record Data(Charge object) {}

  public record Event(String type, Data data) {}

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  String charged(Event event) {
    return "charged " + event.data().object().amount();
  }
}
