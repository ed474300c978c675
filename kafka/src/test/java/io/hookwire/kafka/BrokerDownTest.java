package io.hookwire.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.kafka.receivers.Ledger;
import io.hookwire.runtime.InMemoryDeliveryLog;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing is acknowledged that is not stored: with the broker down a sender gets 503, never 200. */
class BrokerDownTest {
  private static final long WAIT_SECONDS = 60;
  private static final int SENDER_RETRIES = 30;

  private final Ledger ledger = new Ledger();

  @Test
  void whileTheBrokerIsDownADeliveryIsAnswered503AndTheSendersRetryIsStoredAndHandledOnceItIsBack()
      throws Exception {
    String topic = Broker.uniqueTopic("down");
    try (Broker broker = Broker.ofItsOwn();
        Instance instance = Instance.start("a", broker, topic, ledger, new InMemoryDeliveryLog(),
            inbox -> inbox.partitions(1))) {
      assertEquals(200, instance.post("record", "before").statusCode());
      assertTrue(ledger.awaitHandled("before", WAIT_SECONDS));

      broker.stop();
      HttpResponse<String> refused = instance.post("record", "during");

      assertEquals(503, refused.statusCode());
      assertEquals("10", refused.headers().firstValue("Retry-After").orElseThrow());
      broker.start();
      HttpResponse<String> retried = instance.post("record", "during");
      // As the sender would: it retries while it gets 503, as long as the producer takes to reconnect.
      for (int tries = 1; retried.statusCode() == 503 && tries < SENDER_RETRIES; tries++) {
        retried = instance.post("record", "during");
      }

      assertEquals(200, retried.statusCode());
      assertTrue(ledger.awaitHandled("during", WAIT_SECONDS));
      assertEquals(List.of("a"), ledger.handledBy("during"));
    }
  }
}
