package io.hookwire.benchmarks.inbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Brings a fresh broker to the state a running one is in before the first measured run: its
 * produce and fetch paths compiled by the JIT, and the group coordinator's offsets topic
 * created. Otherwise the first run pays for both, the second one for neither, and the inbox's
 * figure depends on which run came first.
 */
final class BrokerWarmUp {
  private static final String TOPIC = "hookwire.bench.warm-up";
  private static final byte[] RECORD = new byte[2048];

  private BrokerWarmUp() {}

  /** Produces to and consumes from a topic of its own on {@code bootstrapServers} for about {@code time}. */
  static void run(String bootstrapServers, Duration time) throws InterruptedException, ExecutionException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get();
    }
    long deadline = System.nanoTime() + time.toNanos();
    // As the inbox's producer sends: every record acknowledged by every in-sync replica.
    Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
      while (System.nanoTime() < deadline) {
        producer.send(new ProducerRecord<>(TOPIC, RECORD)).get();
      }
    }
    Map<String, Object> consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, TOPIC, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      int read = 0;
      for (int polls = 0; read == 0 && polls < 100; polls++) {
        read += consumer.poll(Duration.ofMillis(200)).count();
      }
      consumer.commitSync();
    }
  }
}
