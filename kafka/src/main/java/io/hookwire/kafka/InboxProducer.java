package io.hookwire.kafka;

import io.hookwire.runtime.spi.InboxUnavailableException;
import io.hookwire.runtime.spi.StoredDelivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox's one producer, shared by every request thread and consumer: writes deliveries to the
 * topic, each acknowledged by every in-sync replica ({@code acks=all}) and written once however
 * often the producer retries (idempotence), and failed deliveries to the dead-letter topic.
 *
 * <p>Every wait is bounded by the acknowledgement timeout: {@code max.block.ms} (metadata and
 * buffer space), {@code request.timeout.ms} and {@code delivery.timeout.ms} are all set from it, so
 * with the broker down a send fails within it and the sender gets {@code 503}, not a hang.
 */
final class InboxProducer implements AutoCloseable {
  /** The headers of a dead letter: what failed, how often, and where the record came from. */
  static final String FAILURE_CLASS = "hookwire.failure.class";
  static final String FAILURE_MESSAGE = "hookwire.failure.message";
  static final String ATTEMPTS = "hookwire.attempts";
  static final String SOURCE_TOPIC = "hookwire.source.topic";
  static final String SOURCE_PARTITION = "hookwire.source.partition";
  static final String SOURCE_OFFSET = "hookwire.source.offset";

  private static final Logger LOG = LoggerFactory.getLogger(InboxProducer.class);
  private static final int MAX_MESSAGE_CHARS = 2000;

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final String deadLetterTopic;
  private final Duration ackTimeout;

  InboxProducer(Properties clientConfig, String topic, String deadLetterTopic, Duration ackTimeout) {
    this.producer = new KafkaProducer<>(config(clientConfig, ackTimeout), new ByteArraySerializer(),
        new ByteArraySerializer());
    this.topic = topic;
    this.deadLetterTopic = deadLetterTopic;
    this.ackTimeout = ackTimeout;
  }

  /** The application's settings, with those the inbox's guarantees rest on set over them. */
  static Properties config(Properties clientConfig, Duration ackTimeout) {
    Properties config = new Properties();
    config.putAll(clientConfig);
    int timeout = (int) ackTimeout.toMillis();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
    return config;
  }

  /** Stores {@code delivery}, returning once the broker acknowledged it. */
  void store(StoredDelivery delivery) throws InboxUnavailableException {
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(topic, DeliveryCodec.key(delivery), DeliveryCodec.encode(delivery));
    try {
      awaitAck(record);
    } catch (RecordTooLargeException e) {
      LOG.error("{}: a delivery of {} bytes is larger than the producer or the topic accepts; raise"
          + " max.request.size and the topic's max.message.bytes", delivery.receiver(), delivery.body().length);
      throw new InboxUnavailableException("the record is too large", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InboxUnavailableException("interrupted while waiting for the broker", e);
    } catch (Exception e) {
      throw new InboxUnavailableException("the broker did not acknowledge the delivery", e);
    }
  }

  /**
   * Writes {@code record}, which failed with {@code failure} after {@code attempts}, to the
   * dead-letter topic, as it was, with the failure in its headers.
   */
  void deadLetter(ConsumerRecord<byte[], byte[]> record, Throwable failure, int attempts) throws Exception {
    ProducerRecord<byte[], byte[]> letter =
        new ProducerRecord<>(deadLetterTopic, null, record.key(), record.value(), record.headers());
    Headers headers = letter.headers();
    headers.remove(FAILURE_CLASS).remove(FAILURE_MESSAGE).remove(ATTEMPTS)
        .remove(SOURCE_TOPIC).remove(SOURCE_PARTITION).remove(SOURCE_OFFSET);
    headers.add(FAILURE_CLASS, utf8(failure.getClass().getName()))
        .add(FAILURE_MESSAGE, utf8(truncated(String.valueOf(failure.getMessage()))))
        .add(ATTEMPTS, utf8(Integer.toString(attempts)))
        .add(SOURCE_TOPIC, utf8(record.topic()))
        .add(SOURCE_PARTITION, utf8(Integer.toString(record.partition())))
        .add(SOURCE_OFFSET, utf8(Long.toString(record.offset())));
    awaitAck(letter);
  }

  private RecordMetadata awaitAck(ProducerRecord<byte[], byte[]> record)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + ackTimeout.toNanos();
    Future<RecordMetadata> ack;
    try {
      ack = producer.send(record);
    } catch (KafkaException e) {
      throw new ExecutionException(e);
    }
    try {
      return ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RecordTooLargeException tooLarge) {
        throw tooLarge;
      }
      throw e;
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String truncated(String message) {
    return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
  }

  @Override
  public void close() {
    producer.close(ackTimeout);
  }
}
