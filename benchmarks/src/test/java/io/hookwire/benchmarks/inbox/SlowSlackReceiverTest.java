package io.hookwire.benchmarks.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The inbox figure's receiver does the work the other figures do: its generated receiver accepts
 * the signed delivery and calls the handler, and refuses one whose signature is wrong. Otherwise
 * the figure would measure answers that skip the work.
 */
class SlowSlackReceiverTest {
  private final SlowSlackReceiver receiver = new SlowSlackReceiver(Duration.ZERO);
  private final Hookwire hookwire = Hookwire.builder().only(SlowSlackReceiver.class).instance(receiver).build();

  @Test
  void acceptsTheSignedDeliveryAndCallsTheHandler() {
    assertEquals(200, hookwire.handle(SlackDelivery.signedNow().toRequest()).status());
    assertEquals(1, receiver.handled());
  }

  @Test
  void refusesADeliveryWithAWrongSignature() {
    SlackDelivery genuine = SlackDelivery.signedNow();
    WebhookRequest.Builder forged = WebhookRequest.builder().path(SlackDelivery.PATH).body(genuine.body());
    genuine.headers().forEach((name, value) -> {
      if (!name.equals(SlackDelivery.SIGNATURE_HEADER)) {
        forged.header(name, value);
      }
    });
    forged.header(SlackDelivery.SIGNATURE_HEADER, "v0=" + "0".repeat(64));

    assertEquals(403, hookwire.handle(forged.build()).status());
    assertEquals(0, receiver.handled());
  }
}
