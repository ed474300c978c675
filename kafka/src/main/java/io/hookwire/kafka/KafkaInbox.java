package io.hookwire.kafka;

import io.hookwire.runtime.Inbox;
import io.hookwire.runtime.spi.InboxUnavailableException;
import io.hookwire.runtime.spi.StoredDelivery;
import io.hookwire.runtime.spi.StoredDeliveryHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link Inbox} on Apache Kafka: each delivery whose handler returns nothing is written
 * to a topic, acknowledged by every in-sync replica, before its sender gets {@code 200 OK}; a
 * consumer group, with members in every instance of the application, then runs the handlers.
 *
 * <pre>{@code
 * KafkaInbox inbox = KafkaInbox.builder()
 *     .bootstrapServers("kafka-1:9092,kafka-2:9092")
 *     .topic("webhooks")
 *     .groupId("webhooks")
 *     .build();
 * Hookwire hookwire = Hookwire.builder()
 *     .inbox(inbox)
 *     .deliveryLog(sharedLog)   // the same log in every instance
 *     .build();
 * }</pre>
 *
 * <p>{@link io.hookwire.runtime.Hookwire#start()} creates the topic and its dead-letter topic when
 * they do not exist, and starts the consumers; {@link io.hookwire.runtime.Hookwire#stop(Duration)}
 * stops them, committing what was handled and handing the rest to the group's other members. A
 * handler that fails is retried with exponential backoff ({@value #DEFAULT_ATTEMPTS} attempts by
 * default); after the last, its record is written to the dead-letter topic with the failure's class
 * and message in its headers, and its partition moves on. A record no attempt can handle (not a
 * delivery, or for a receiver no longer mounted) goes there at once.
 *
 * <p>Thread-safe. Started once: a stopped inbox cannot start again.
 */
public final class KafkaInbox implements Inbox {
  /** The default topic. */
  public static final String DEFAULT_TOPIC = "hookwire.deliveries";
  /** The default consumer group. */
  public static final String DEFAULT_GROUP_ID = "hookwire";
  /** The default number of attempts at a failing delivery before it goes to the dead-letter topic. */
  public static final int DEFAULT_ATTEMPTS = 5;
  /** The default wait after the first failed attempt; it doubles after each later one. */
  public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);
  /** The default longest wait between attempts. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
  /** The default time the broker has to acknowledge a delivery: under Slack's 3 seconds. */
  public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(2);
  /** The default number of partitions of the topics the inbox creates. */
  public static final int DEFAULT_PARTITIONS = 6;
  /** The suffix of the default dead-letter topic's name. */
  public static final String DEAD_LETTER_SUFFIX = ".dlt";

  private static final Logger LOG = LoggerFactory.getLogger(KafkaInbox.class);
  private static final Duration TOPIC_SETUP_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_POLL_RECORDS = 100;
  // After the stop's interrupt: time for the handler to give up, and the consumer to commit and leave.
  private static final Duration INTERRUPTED_GRACE = Duration.ofSeconds(10);

  private final Properties clientConfig;
  private final Properties consumerConfig;
  private final String topic;
  private final String deadLetterTopic;
  private final String groupId;
  private final int consumers;
  private final int attempts;
  private final Backoff backoff;
  private final boolean createTopics;
  private final TopicSetup topicSetup;
  private final InboxProducer producer;
  private final List<ConsumerWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private boolean started;

  private KafkaInbox(Builder builder) {
    this.clientConfig = builder.clientConfig;
    this.consumerConfig = builder.consumerConfig;
    this.topic = builder.topic;
    this.deadLetterTopic = builder.deadLetterTopic != null ? builder.deadLetterTopic : topic + DEAD_LETTER_SUFFIX;
    this.groupId = builder.groupId;
    this.consumers = builder.consumers;
    this.attempts = builder.attempts;
    this.backoff = new Backoff(builder.backoff, builder.maxBackoff);
    this.createTopics = builder.createTopics;
    this.topicSetup = new TopicSetup(clientConfig, builder.partitions, builder.replicationFactor, TOPIC_SETUP_TIMEOUT);
    this.producer = new InboxProducer(withProducerConfig(builder), topic, deadLetterTopic, builder.ackTimeout);
  }

  /** A builder; {@link Builder#bootstrapServers} or {@link Builder#clientProperties} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The topic deliveries are stored in. */
  public String topic() {
    return topic;
  }

  /** The topic failed deliveries are written to: {@code <topic>.dlt} unless set. */
  public String deadLetterTopic() {
    return deadLetterTopic;
  }

  @Override
  public void store(StoredDelivery delivery) throws InboxUnavailableException {
    producer.store(Objects.requireNonNull(delivery, "delivery"));
  }

  /**
   * Creates the topics when they do not exist (unless {@link Builder#createTopics} is off), and
   * starts the consumers, each on a thread of its own.
   *
   * @throws IllegalStateException if the inbox was started before
   */
  @Override
  public synchronized void start(StoredDeliveryHandler handler) {
    Objects.requireNonNull(handler, "handler");
    if (started) {
      throw new IllegalStateException("A KafkaInbox starts once; build a new one to start again");
    }
    started = true;
    if (createTopics) {
      topicSetup.createIfAbsent(List.of(topic, deadLetterTopic));
    }
    for (int i = 0; i < consumers; i++) {
      ConsumerWorker worker = new ConsumerWorker(newConsumer(), topic, handler, producer, attempts, backoff);
      Thread thread = new Thread(worker, "hookwire-inbox-" + topic + "-" + i);
      // Daemon: an application that exits without stop() loses nothing, since only handled records are committed.
      thread.setDaemon(true);
      workers.add(worker);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    LOG.info("Inbox started: {} consumer(s) of {} in group {}; dead letters to {}", consumers, topic, groupId,
        deadLetterTopic);
  }

  /**
   * Stops the consumers: each finishes the record under way, commits what it handled and leaves the
   * group. Handlers still running after {@code timeout} are interrupted, and their records left for
   * the group's other members. Then closes the producer.
   */
  @Override
  public synchronized boolean stop(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    workers.forEach(ConsumerWorker::shutdown);
    boolean finished = true;
    for (Thread thread : threads) {
      thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      finished &= !thread.isAlive();
    }
    for (Thread thread : threads) {
      if (thread.isAlive()) {
        LOG.warn("Interrupting {}: its handler did not finish within {} ms", thread.getName(), timeout.toMillis());
        thread.interrupt();
        thread.join(INTERRUPTED_GRACE.toMillis());
      }
      if (thread.isAlive()) {
        // Its record is not committed: once the group's session times out, another member takes it.
        LOG.error("{} ignores interrupts; left running, its consumer still open", thread.getName());
      }
    }
    producer.close();
    LOG.info("Inbox stopped: {}", topic);
    return finished;
  }

  private KafkaConsumer<byte[], byte[]> newConsumer() {
    Properties config = new Properties();
    config.putAll(clientConfig);
    config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
    config.putAll(consumerConfig);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static Properties withProducerConfig(Builder builder) {
    Properties config = new Properties();
    config.putAll(builder.clientConfig);
    config.putAll(builder.producerConfig);
    return config;
  }

  @Override
  public String toString() {
    return "KafkaInbox[" + topic + ", group " + groupId + "]";
  }

  /** The configuration of a {@link KafkaInbox}. */
  public static final class Builder {
    private final Properties clientConfig = new Properties();
    private final Properties producerConfig = new Properties();
    private final Properties consumerConfig = new Properties();
    private String topic = DEFAULT_TOPIC;
    private String deadLetterTopic;
    private String groupId = DEFAULT_GROUP_ID;
    private int consumers = 1;
    private int attempts = DEFAULT_ATTEMPTS;
    private Duration backoff = DEFAULT_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private Duration ackTimeout = DEFAULT_ACK_TIMEOUT;
    private boolean createTopics = true;
    private Optional<Integer> partitions = Optional.of(DEFAULT_PARTITIONS);
    private Optional<Short> replicationFactor = Optional.empty();

    private Builder() {}

    /** The brokers to connect to: {@code host:port} pairs separated by commas. */
    public Builder bootstrapServers(String servers) {
      clientConfig.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(servers, "servers"));
      return this;
    }

    /**
     * Settings for every client of the inbox (producer, consumers, admin), such as
     * {@code bootstrap.servers} and the security settings ({@code security.protocol},
     * {@code sasl.*}, {@code ssl.*}). The settings the inbox's guarantees rest on are set over
     * them: see {@link #producerProperties} and {@link #consumerProperties}.
     */
    public Builder clientProperties(Properties properties) {
      clientConfig.putAll(Objects.requireNonNull(properties, "properties"));
      return this;
    }

    /**
     * Settings for the producer only, over {@link #clientProperties}. {@code acks=all},
     * idempotence, {@code linger.ms=0} and the timeouts ({@code max.block.ms},
     * {@code request.timeout.ms}, {@code delivery.timeout.ms}, all the {@link #ackTimeout}) are
     * always the inbox's own.
     */
    public Builder producerProperties(Properties properties) {
      producerConfig.putAll(Objects.requireNonNull(properties, "properties"));
      return this;
    }

    /**
     * Settings for the consumers only, over {@link #clientProperties}: {@code max.poll.records}
     * (100 by default) and {@code max.poll.interval.ms}, which must be longer than the slowest
     * handler times {@code max.poll.records}. {@code group.id}, {@code enable.auto.commit=false},
     * {@code auto.offset.reset=earliest} and {@code isolation.level=read_committed} are always the
     * inbox's own.
     */
    public Builder consumerProperties(Properties properties) {
      consumerConfig.putAll(Objects.requireNonNull(properties, "properties"));
      return this;
    }

    /** The topic deliveries are stored in; {@value KafkaInbox#DEFAULT_TOPIC} by default. */
    public Builder topic(String topic) {
      this.topic = requireName(topic, "topic");
      return this;
    }

    /** The topic failed deliveries go to; the topic's name followed by {@code .dlt} by default. */
    public Builder deadLetterTopic(String topic) {
      this.deadLetterTopic = requireName(topic, "deadLetterTopic");
      return this;
    }

    /**
     * The consumer group; {@value KafkaInbox#DEFAULT_GROUP_ID} by default. Every instance of the
     * application uses the same group, so that each delivery is handed to one of them.
     */
    public Builder groupId(String groupId) {
      this.groupId = requireName(groupId, "groupId");
      return this;
    }

    /**
     * How many consumers each instance runs, each on a thread of its own; 1 by default. Handlers
     * run on these threads, one delivery at a time per consumer; consumers beyond the topic's
     * partitions, across all instances, stay idle.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder consumers(int consumers) {
      if (consumers < 1) {
        throw new IllegalArgumentException("consumers must be at least 1: " + consumers);
      }
      this.consumers = consumers;
      return this;
    }

    /**
     * How many times a delivery whose handler fails is tried before it goes to the dead-letter
     * topic; {@value KafkaInbox#DEFAULT_ATTEMPTS} by default, 1 for no retry.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder attempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
      }
      this.attempts = attempts;
      return this;
    }

    /**
     * The wait after a first failed attempt, doubling after each later one up to {@code max}; 1
     * second up to 30 by default. A failing delivery holds its partition for the sum of these
     * waits (15 seconds with the defaults) before it goes to the dead-letter topic.
     *
     * @throws IllegalArgumentException if {@code initial} is negative or {@code max} below it
     */
    public Builder backoff(Duration initial, Duration max) {
      if (initial.isNegative() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("backoff needs 0 <= initial <= max: " + initial + ", " + max);
      }
      this.backoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * How long the broker has to acknowledge a delivery before its sender is answered {@code 503};
     * 2 seconds by default, under the shortest sender timeout (Slack's 3 seconds).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder ackTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("ackTimeout must be positive: " + timeout);
      }
      this.ackTimeout = timeout;
      return this;
    }

    /**
     * Whether {@code start} creates the topic and the dead-letter topic when they do not exist;
     * {@code true} by default. Turn it off where topics are managed elsewhere.
     */
    public Builder createTopics(boolean createTopics) {
      this.createTopics = createTopics;
      return this;
    }

    /**
     * The partitions of the topics the inbox creates; {@value KafkaInbox#DEFAULT_PARTITIONS} by
     * default. They bound how many consumers, across all instances, work at once.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder partitions(int partitions) {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
      }
      this.partitions = Optional.of(partitions);
      return this;
    }

    /**
     * The replication factor of the topics the inbox creates; the broker's
     * {@code default.replication.factor} by default. Use 3, with the topic's
     * {@code min.insync.replicas} at 2, so that an acknowledged delivery survives the loss of a broker.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder replicationFactor(int replicationFactor) {
      if (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE) {
        throw new IllegalArgumentException("replicationFactor must be at least 1: " + replicationFactor);
      }
      this.replicationFactor = Optional.of((short) replicationFactor);
      return this;
    }

    /**
     * The inbox, with its producer; consumers are made when it starts.
     *
     * @throws IllegalStateException if no bootstrap servers were given
     */
    public KafkaInbox build() {
      if (!clientConfig.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
        throw new IllegalStateException("KafkaInbox needs bootstrapServers(...) or clientProperties with "
            + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
      }
      return new KafkaInbox(this);
    }

    private static String requireName(String name, String what) {
      if (Objects.requireNonNull(name, what).isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return name;
    }
  }
}
