package io.hookwire.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.kafka.receivers.Ledger;
import io.hookwire.runtime.InMemoryDeliveryLog;
import io.hookwire.runtime.spi.StoredDelivery;
import io.hookwire.runtime.spi.StoredDeliveryException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One instance, over real HTTP, storing in a real broker: what a sender sees, and what becomes of
 * each stored delivery.
 */
class InboxScenariosTest {
  private static final long WAIT_SECONDS = 60;

  private final Ledger ledger = new Ledger();
  private Instance instance;

  @AfterEach
  void stop() throws Exception {
    ledger.release();
    if (instance != null) {
      instance.close();
    }
  }

  private Instance start(String topic, int partitions, int attempts) throws Exception {
    instance = Instance.start("a", Broker.shared(), topic, ledger, new InMemoryDeliveryLog(),
        inbox -> inbox.partitions(partitions).attempts(attempts));
    return instance;
  }

  @Test
  void aDeliveryIsAcknowledgedOnceStoredBeforeItsHandlerFinishesAndItsHandlerStillRuns() throws Exception {
    start(Broker.uniqueTopic("hold"), 1, 5);

    // The handler cannot finish before release(): a 200 now was sent before it finished.
    assertEquals(200, instance.post("hold", "h-1").statusCode());
    assertTrue(ledger.awaitEntered(WAIT_SECONDS));
    assertEquals(List.of(), ledger.handledBy("h-1"));

    ledger.release();
    assertTrue(ledger.awaitHandled("h-1", WAIT_SECONDS));
    assertEquals(List.of("a"), ledger.handledBy("h-1"));
  }

  @Test
  void aHandlerThatReturnsAValueAnswersAtOnce() throws Exception {
    start(Broker.uniqueTopic("status"), 1, 5);

    assertEquals("up on a", instance.post("status", "s-1").body());
  }

  @Test
  void forgedAndMalformedDeliveriesAreRefusedAtOnceAndNeverStored() throws Exception {
    String topic = Broker.uniqueTopic("refused");
    start(topic, 1, 5);

    assertEquals(403, instance.postForged("record", "f-1").statusCode());
    assertEquals(400, instance.postBody("record", "f-2", "{\"task\":").statusCode());
    assertEquals(400, instance.postBody("record", "f-3", "[1, 2]").statusCode());
    assertEquals(200, instance.post("record", "f-4").statusCode());

    assertTrue(ledger.awaitHandled("f-4", WAIT_SECONDS));
    assertTrue(Broker.shared().awaitConsumed(topic, topic, Duration.ofSeconds(WAIT_SECONDS)));
    assertEquals(1, Broker.shared().readAll(topic, 1, Duration.ofSeconds(5)).size());
  }

  @Test
  void aHandlerThatFailsTwiceThenSucceedsIsHandledOnce() throws Exception {
    start(Broker.uniqueTopic("flaky"), 1, 5);

    assertEquals(200, instance.post("flaky", "r-1").statusCode());

    assertTrue(ledger.awaitHandled("r-1", WAIT_SECONDS));
    assertEquals(List.of("a"), ledger.handledBy("r-1"));
    assertEquals(3, ledger.attempts("r-1"));
  }

  @Test
  void aDeliveryThatAlwaysFailsGoesToTheDeadLetterTopicWithItsCauseAndLaterOnesAreHandled() throws Exception {
    String topic = Broker.uniqueTopic("poison");
    start(topic, 1, 3);

    assertEquals(200, instance.post("poison", "p-1").statusCode());
    for (int i = 1; i <= 3; i++) {
      assertEquals(200, instance.post("record", "after-" + i).statusCode());
    }

    for (int i = 1; i <= 3; i++) {
      assertTrue(ledger.awaitHandled("after-" + i, WAIT_SECONDS), "after-" + i);
    }
    List<ConsumerRecord<byte[], byte[]>> letters =
        Broker.shared().readAll(topic + ".dlt", 1, Duration.ofSeconds(WAIT_SECONDS));
    assertEquals(1, letters.size());
    ConsumerRecord<byte[], byte[]> letter = letters.get(0);
    assertEquals(IllegalArgumentException.class.getName(), header(letter, InboxProducer.FAILURE_CLASS));
    assertEquals("cannot run task poison p-1", header(letter, InboxProducer.FAILURE_MESSAGE));
    assertEquals("3", header(letter, InboxProducer.ATTEMPTS));
    assertEquals("p-1", DeliveryCodec.decode(letter.value()).deliveryId());
    assertEquals(3, ledger.attempts("p-1"));
    assertTrue(Broker.shared().awaitConsumed(topic, topic, Duration.ofSeconds(WAIT_SECONDS)));
  }

  @Test
  void recordsNoAttemptCanHandleGoToTheDeadLetterTopicAtOnceAndLaterOnesAreHandled() throws Exception {
    String topic = Broker.uniqueTopic("undecodable");
    start(topic, 1, 5);
    assertEquals(200, instance.post("record", "before").statusCode());
    assertTrue(ledger.awaitHandled("before", WAIT_SECONDS));

    StoredDelivery stranger = new StoredDelivery("renamed", "x-1", "POST", "/renamed", Map.of(), Map.of(),
        Map.of(), "{}".getBytes(UTF_8));
    produce(topic, "not an envelope".getBytes(UTF_8));
    produce(topic, DeliveryCodec.encode(stranger));
    assertEquals(200, instance.post("record", "after").statusCode());

    assertTrue(ledger.awaitHandled("after", WAIT_SECONDS));
    List<ConsumerRecord<byte[], byte[]>> letters =
        Broker.shared().readAll(topic + ".dlt", 2, Duration.ofSeconds(WAIT_SECONDS));
    assertEquals(List.of(UndecodableRecordException.class.getName(), StoredDeliveryException.class.getName()),
        letters.stream().map(letter -> header(letter, InboxProducer.FAILURE_CLASS)).toList());
    assertEquals(List.of("1", "1"), letters.stream().map(letter -> header(letter, InboxProducer.ATTEMPTS)).toList());
  }

  @Test
  void aDeliveryWhoseInstanceStopsInTheMiddleOfItsHandlerIsHandledByAnother() throws Exception {
    String topic = Broker.uniqueTopic("handover");
    InMemoryDeliveryLog shared = new InMemoryDeliveryLog();
    Instance first = Instance.start("first", Broker.shared(), topic, ledger, shared, inbox -> inbox.partitions(1));
    try (Instance second = Instance.start("second", Broker.shared(), topic, ledger, shared,
        inbox -> inbox.partitions(1))) {
      assertEquals(200, first.post("hold", "m-1").statusCode());
      assertTrue(ledger.awaitEntered(WAIT_SECONDS));

      // Not waited for: the handler is interrupted, its record left uncommitted for the group.
      assertFalse(first.stop(Duration.ofMillis(200)));
      ledger.release();

      assertTrue(ledger.awaitHandled("m-1", WAIT_SECONDS));
      assertEquals(List.of("second"), ledger.handledBy("m-1"));
      assertEquals(2, ledger.attempts("m-1"));
    } finally {
      first.close();
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), UTF_8);
  }

  private static void produce(String topic, byte[] value) throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Broker.shared().bootstrapServers());
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, value)).get();
    }
  }
}
