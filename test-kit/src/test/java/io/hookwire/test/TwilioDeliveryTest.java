package io.hookwire.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.test.receivers.TwilioReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A signer whose signature covers the URL, through the client and a real server. */
class TwilioDeliveryTest {
  private static final String PUBLIC_URL = "https://hooks.example.com";
  private static final String TOKEN = "twilio auth token";

  @RegisterExtension
  static HookwireExtension hookwire = HookwireExtension.serving(new TwilioReceiver(PUBLIC_URL, TOKEN));

  @Test
  void theQueryStringReachesTheVerifierAsSigned(DeliveryClient client) {
    // Written %20, which encoding the decoded parameter again would turn into +.
    Reply reply = client.post("/twilio?tenant=acme%20inc", "{\"CallStatus\":\"completed\"}",
        Signers.twilio(PUBLIC_URL, TOKEN));

    assertEquals(200, reply.status());
    assertEquals("acme inc completed", reply.body());
  }

  @Test
  void anotherTokensDeliveryIsRefused(DeliveryClient client) {
    Reply reply = client.post("/twilio", "{\"CallStatus\":\"completed\"}", Signers.twilio(PUBLIC_URL, "another"));

    assertEquals(403, reply.status());
  }
}
