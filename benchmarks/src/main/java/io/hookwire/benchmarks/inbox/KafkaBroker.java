package io.hookwire.benchmarks.inbox;

import io.hookwire.benchmarks.fixture.ServerLifecycle;
import io.hookwire.benchmarks.process.Ports;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The broker of the inbox figure, run in a JVM of its own: one KRaft node that is both broker
 * and controller on loopback, started as {@code kafka-server-start} starts one, on an empty
 * directory formatted as {@code kafka-storage format} formats it. It prints
 * {@code READY host:port} once it serves, and stops when its standard input closes.
 */
public final class KafkaBroker {
  private static final String CONTROLLER = "CONTROLLER";

  private KafkaBroker() {}

  /**
   * Arguments: the broker's log directory, which must be empty or absent, and how many seconds to
   * warm the broker up ({@link BrokerWarmUp}) before it announces itself.
   */
  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]).toAbsolutePath();
    int port = Ports.free();
    int controllerPort = Ports.free();
    new Formatter()
        .setNodeId(1)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(directory.toString()))
        .setMetadataLogDirectory(directory.toString())
        .setControllerListenerName(CONTROLLER)
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .run();
    KafkaRaftServer server = new KafkaRaftServer(
        KafkaConfig.fromProps(config(directory, port, controllerPort), false), Time.SYSTEM);
    server.startup();
    BrokerWarmUp.run("127.0.0.1:" + port, Duration.ofSeconds(Long.parseLong(args[1])));
    System.out.println("READY 127.0.0.1:" + port);
    System.out.flush();
    ServerLifecycle.awaitStop();
    server.shutdown();
    server.awaitShutdown();
    System.exit(0);
  }

  private static Properties config(Path directory, int port, int controllerPort) {
    Properties config = new Properties();
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
    // A single node: the internal topics cannot have more replicas than one.
    config.put("offsets.topic.replication.factor", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    // Each run's consumer group starts at once, not after the three seconds a broker waits for more members.
    config.put("group.initial.rebalance.delay.ms", "0");
    return config;
  }
}
