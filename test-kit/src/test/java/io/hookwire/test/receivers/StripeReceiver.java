package io.hookwire.test.receivers;

import io.hookwire.OnEvent;
import io.hookwire.QueryParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.verify.StripeSignature;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A Stripe receiver as a user writes one, whose handlers record what they were given. */
@Webhook(path = "/payments", name = "payments", typePointer = "/type")
public class StripeReceiver {
  /** The part of Stripe's event the tests look at. */
  public record Event(String id, String type) {}

  public final List<Event> handled = new CopyOnWriteArrayList<>();
  public final CountDownLatch slowStarted = new CountDownLatch(1);
  public final CountDownLatch slowMayFinish = new CountDownLatch(1);
  private final StripeSignature signature;

  public StripeReceiver(String endpointSecret) {
    this.signature = new StripeSignature(endpointSecret);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("payment_intent.succeeded")
  void paid(Event event) {
    handled.add(event);
  }

  @OnEvent("charge.refunded")
  WebhookResponse refunded(Event event, @QueryParam("account") String account) {
    return WebhookResponse.text(202, "refund of " + account);
  }

  /** Holds its delivery until the test lets it go, to show that a stop waits for it. */
  @OnEvent("invoice.paid")
  void slow(Event event) throws InterruptedException {
    slowStarted.countDown();
    slowMayFinish.await();
    handled.add(event);
  }
}
