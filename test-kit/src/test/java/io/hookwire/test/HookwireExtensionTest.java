package io.hookwire.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.test.receivers.PingReceiver;
import io.hookwire.test.receivers.StripeReceiver;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Receivers served for a whole class, as a static field registers them. */
class HookwireExtensionTest {
  private static final String SECRET = "whsec_a secret for tests only";
  private static final StripeReceiver STRIPE = new StripeReceiver(SECRET);

  @RegisterExtension
  static HookwireExtension hookwire = HookwireExtension.serving(STRIPE, PingReceiver.class);

  @Test
  void aSignedDeliveryIsHandled(DeliveryClient client) {
    Reply reply = client.post("/payments", "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}",
        Signers.stripe(SECRET));

    assertEquals(200, reply.status());
    assertTrue(STRIPE.handled.contains(new StripeReceiver.Event("evt_1", "payment_intent.succeeded")));
  }

  @Test
  void aDeliveryWithoutItsSignatureIsRefused(DeliveryClient client) {
    Reply reply = client.post("/payments", "{\"id\":\"evt_2\",\"type\":\"payment_intent.succeeded\"}");

    assertEquals(403, reply.status());
    assertEquals("Request verification failed.", reply.body());
  }

  @Test
  void aDeliverySignedTooLongAgoIsRefused(DeliveryClient client) {
    Signer tenMinutesAgo = Signers.stripe(SECRET).at(Instant.now().minusSeconds(600));

    assertEquals(403, client.post("/payments", "{\"type\":\"payment_intent.succeeded\"}", tenMinutesAgo).status());
  }

  @Test
  void aRequestIsSentWithItsQueryParametersAndTheAnswerComesBackWhole() {
    WebhookRequest refund = Signers.stripe(SECRET).request("/payments", "{\"type\":\"charge.refunded\"}")
        .toBuilder().queryParam("account", "acct 1&2").build();

    Reply reply = hookwire.client().send(refund);

    assertEquals(202, reply.status());
    assertEquals("refund of acct 1&2", reply.body());
    assertTrue(reply.header("CONTENT-TYPE").orElseThrow().startsWith("text/plain"));
  }

  @Test
  void aReceiverGivenAsAClassIsMadeByItsConstructor(DeliveryClient client) {
    Reply reply = client.post("/ping", "hello");

    assertEquals(200, reply.status());
    assertEquals("pong hello", reply.body());
  }

  @Test
  void servesOnlyTheReceiversItWasGiven() throws Exception {
    List<String> names = hookwire.report().mounted().stream().map(MountReport.MountedRoute::name).sorted().toList();

    assertEquals(List.of("payments", "ping"), names);
    assertTrue(hookwire.baseUri().toString().startsWith("http://127.0.0.1:"));
  }
}
