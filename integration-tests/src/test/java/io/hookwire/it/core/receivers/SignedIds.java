package io.hookwire.it.core.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts deliveries whose id header the signature covers, as Standard Webhooks' {@code webhook-id} is. */
@Webhook(path = "/signed-ids", name = "signed_ids", deliveryIdHeader = "webhook-id", deliveryIdSigned = true)
public class SignedIds {
  private final AtomicInteger handled = new AtomicInteger();

  /** How often the handler ran. */
  public int timesHandled() {
    return handled.get();
  }

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  void handle(String body) {
    handled.incrementAndGet();
  }
}
