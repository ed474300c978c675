package io.hookwire.test.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.test.DeliveryClient;
import io.hookwire.test.HookwireExtension;
import io.hookwire.test.Signers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test of the README's "Testing your receivers", word for word but for this comment. */
class StripeReceiverTest {
  @RegisterExtension
  static HookwireExtension hookwire = HookwireExtension.serving(new StripeReceiver("whsec_test"));

  @Test
  void handlesAPayment(DeliveryClient client) {
    String event = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";
    assertEquals(200, client.post("/stripe", event, Signers.stripe("whsec_test")).status());
  }
}
