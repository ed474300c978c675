package io.hookwire.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Kafka broker in the test JVM, on loopback: one KRaft node that is both broker and
 * controller, started as {@code kafka-server-start} starts one, on a directory formatted as
 * {@code kafka-storage format} formats it. {@link #shared()} serves every test class; a test that
 * stops the broker starts one of its own ({@link #ofItsOwn()}). Restarted, it keeps its ports and
 * its data, as a broker back from a crash does.
 */
final class Broker implements AutoCloseable {
  private static final String CONTROLLER = "CONTROLLER";
  private static Broker shared;

  private final Path directory;
  private final int port;
  private final Properties config = new Properties();
  private KafkaRaftServer server;

  private Broker() throws Exception {
    directory = Files.createTempDirectory("hookwire-kafka-broker");
    port = freePort();
    int controllerPort = freePort();
    config.put("process.roles", "broker,controller");
    config.put("node.id", "1");
    config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    config.put("controller.listener.names", CONTROLLER);
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
    config.put("log.dirs", directory.toString());
    config.put("auto.create.topics.enable", "false");
    // The group's first member starts at once, not after the three seconds a production broker waits for more.
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("offsets.topic.replication.factor", "1");
    config.put("offsets.topic.num.partitions", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    new Formatter()
        .setNodeId(1)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(directory.toString()))
        .setMetadataLogDirectory(directory.toString())
        .setControllerListenerName(CONTROLLER)
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .run();
    start();
  }

  /** The broker every test class shares, started on first use and left for the JVM to end. */
  static synchronized Broker shared() throws Exception {
    if (shared == null) {
      shared = new Broker();
    }
    return shared;
  }

  /** A broker of the caller's own, which it may stop and restart, and must close. */
  static Broker ofItsOwn() throws Exception {
    return new Broker();
  }

  /** A topic name no other test uses. */
  static String uniqueTopic(String purpose) {
    return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Starts the broker, or starts it again after {@link #stop()}, on the same ports and data. */
  synchronized void start() throws Exception {
    server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    server.startup();
    try (Admin admin = admin()) {
      admin.describeCluster().nodes().get();
    }
  }

  /** Stops the broker, as a crash or a network partition takes it away from its clients. */
  synchronized void stop() {
    server.shutdown();
    server.awaitShutdown();
  }

  private Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Every record of {@code topic}, read from the start until {@code expected} came or {@code timeout} passed. */
  List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int expected, Duration timeout) {
    Properties reader = new Properties();
    reader.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    reader.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    reader.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(reader, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  /**
   * Waits until {@code group} has committed every record of {@code topic}, up to {@code timeout}:
   * whether it did.
   */
  boolean awaitConsumed(String topic, String group, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = admin()) {
      while (lag(admin, topic, group) > 0) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        Thread.sleep(100);
      }
      return true;
    }
  }

  private static long lag(Admin admin, String topic, String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int i = 0; i < partitions; i++) {
      latest.put(new TopicPartition(topic, i), OffsetSpec.latest());
    }
    long lag = 0;
    for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end :
        admin.listOffsets(latest).all().get().entrySet()) {
      OffsetAndMetadata done = committed.get(end.getKey());
      lag += end.getValue().offset() - (done == null ? 0 : done.offset());
    }
    return lag;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
