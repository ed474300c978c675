package io.hookwire.benchmarks.inbox;

import io.hookwire.benchmarks.Settings;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.benchmarks.http.HttpBenchmark;
import io.hookwire.benchmarks.http.LoadClient;
import io.hookwire.benchmarks.process.JavaProcess;
import io.hookwire.benchmarks.process.Ports;
import io.hookwire.benchmarks.report.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 6: what the durable inbox changes for the sender. The signed Slack delivery is served
 * over loopback HTTP by Hookwire on Spark, under the closed-loop load of figure 2 on the same
 * connections, once with the handler run inline and once with the delivery stored in a
 * {@code KafkaInbox} on a real broker, for a handler that takes no time and one that takes
 * 200 ms. Each measurement gets a fresh server JVM (and, with the inbox, a topic of its own); the
 * broker runs in its own JVM for the whole figure. The two modes run in pairs whose order
 * alternates, and ratios are taken within each pair.
 */
public final class InboxBenchmark {
  /** Four connections, as figure 2: inline, they bound a 200 ms handler to 20 deliveries a second. */
  static final int CONNECTIONS = 4;
  /** The handler times measured: none, and a call to a slow service. */
  static final List<Duration> HANDLER_TIMES = List.of(Duration.ZERO, Duration.ofMillis(200));
  private static final int MAX_REQUESTS = 4_000_000;
  private static final List<String> SERVER_JVM = List.of("-Xms512m", "-Xmx512m");

  private final Settings settings;
  private int topics;

  public InboxBenchmark(Settings settings) {
    this.settings = settings;
  }

  /** Starts the broker, runs the pairs of every handler time and reports them. */
  public Section run() throws IOException, InterruptedException {
    Files.createDirectories(settings.workDir());
    Path brokerLog = settings.workDir().resolve("inbox-broker.log");
    System.err.printf("Inbox: starting the Kafka broker (log: %s)%n", brokerLog);
    BrokerProcess.Started broker = BrokerProcess.start(settings.workDir().resolve("kafka-broker"),
        Duration.ofSeconds(settings.pick(5, 10)), brokerLog);
    try (JavaProcess brokerProcess = broker.process()) {
      Map<Duration, List<InboxPair>> measured = new LinkedHashMap<>();
      for (Duration handlerTime : HANDLER_TIMES) {
        measured.put(handlerTime, measurePairs(broker, handlerTime));
      }
      return InboxRows.of(measured);
    }
  }

  private List<InboxPair> measurePairs(BrokerProcess.Started broker, Duration handlerTime)
      throws IOException, InterruptedException {
    int pairs = settings.pick(1, 3);
    List<InboxPair> measured = new ArrayList<>();
    for (int pair = 0; pair < pairs; pair++) {
      boolean inboxFirst = pair % 2 == 0;
      InboxRun first = measure(broker, inboxFirst ? HandlingMode.INBOX : HandlingMode.INLINE, handlerTime);
      InboxRun second = measure(broker, inboxFirst ? HandlingMode.INLINE : HandlingMode.INBOX, handlerTime);
      measured.add(inboxFirst ? new InboxPair(first, second) : new InboxPair(second, first));
    }
    return measured;
  }

  private InboxRun measure(BrokerProcess.Started broker, HandlingMode mode, Duration handlerTime)
      throws IOException, InterruptedException {
    int port = Ports.free();
    String label = mode.label() + ", " + handlerTime.toMillis() + " ms handler";
    Path log = settings.workDir().resolve("inbox-server-" + mode.argument() + "-" + handlerTime.toMillis() + "ms.log");
    System.err.printf("Inbox: %s on port %d (log: %s)%n", label, port, log);
    // A topic per run: the backlog a slow handler leaves behind must not be the next run's work.
    String topic = "hookwire.bench." + (++topics);
    List<String> args = List.of(mode.argument(), Long.toString(handlerTime.toMillis()), Integer.toString(port),
        broker.bootstrapServers(), topic);
    try (JavaProcess server = JavaProcess.start(InboxServer.class, HttpBenchmark.serverJvm(SERVER_JVM), args, log)) {
      server.awaitLine("READY");
      // Signed now: the window is five minutes, far longer than one measurement.
      LoadClient client = new LoadClient(port, SlackDelivery.signedNow().toHttp(), CONNECTIONS, MAX_REQUESTS);
      client.run(TimeUnit.SECONDS.toNanos(settings.pick(5, 10)));
      long serverBefore = server.cpuNanos();
      long brokerBefore = broker.process().cpuNanos();
      LoadClient.Result load = client.run(TimeUnit.SECONDS.toNanos(settings.pick(5, 10)));
      InboxRun run = new InboxRun(load, server.cpuNanos() - serverBefore, broker.process().cpuNanos() - brokerBefore);
      System.err.printf("Inbox: %s %s%n", label, InboxRows.describe(run));
      return run;
    }
  }
}
