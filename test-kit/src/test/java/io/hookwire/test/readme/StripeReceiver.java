package io.hookwire.test.readme;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.StripeSignature;

/** The receiver of the README's "Testing your receivers", word for word but for this comment. */
@Webhook(path = "/stripe", name = "stripe", typePointer = "/type")
public class StripeReceiver {
  public record PaymentEvent(String id, String type) {}

  private final StripeSignature signature;

  public StripeReceiver(String endpointSecret) {
    this.signature = new StripeSignature(endpointSecret);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("payment_intent.succeeded")
  void paid(PaymentEvent event) {
    // fulfil the order
  }
}
