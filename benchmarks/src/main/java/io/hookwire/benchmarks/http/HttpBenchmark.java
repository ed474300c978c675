package io.hookwire.benchmarks.http;

import io.hookwire.benchmarks.Settings;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.benchmarks.process.JavaProcess;
import io.hookwire.benchmarks.process.Ports;
import io.hookwire.benchmarks.report.Bar;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figure 2: the signed Slack delivery served over loopback HTTP under the same closed-loop load by
 * each adapter and by its baseline: Hookwire on Spark against a hand-written Spark route, and
 * Hookwire's Jetty 12 handler and servlet against a raw Jetty 12 handler doing the same work by
 * hand. Each measurement gets a fresh server JVM; the two servers of a comparison run in pairs
 * whose order alternates (A B, B A, ...), so that drift in the machine's load hits both alike, and
 * the ratio is taken within each pair.
 */
public final class HttpBenchmark {
  /** Four connections keep both cores busy without queueing much inside Jetty. */
  static final int CONCURRENCY = 4;
  private static final int MAX_REQUESTS = 4_000_000;
  private static final List<String> SERVER_JVM = List.of("-Xms512m", "-Xmx512m");

  private final Settings settings;

  public HttpBenchmark(Settings settings) {
    this.settings = settings;
  }

  /** Runs the pairs of every comparison and reports throughput, CPU and latency. */
  public Section run() throws IOException, InterruptedException {
    Files.createDirectories(settings.workDir());
    List<Row> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (Comparison comparison : Comparison.ALL) {
      Section section = HttpRows.of(comparison, measurePairs(comparison));
      rows.addAll(section.rows());
      details.addAll(section.details());
      bars.addAll(section.bars());
    }
    return new Section(rows, details, bars);
  }

  private List<HttpPair> measurePairs(Comparison comparison) throws IOException, InterruptedException {
    int pairs = settings.pick(1, 4);
    long warmup = TimeUnit.SECONDS.toNanos(settings.pick(3, 8));
    long measure = TimeUnit.SECONDS.toNanos(settings.pick(5, 12));
    List<HttpPair> measured = new ArrayList<>();
    for (int pair = 0; pair < pairs; pair++) {
      boolean candidateFirst = pair % 2 == 0;
      ServerVariant first = candidateFirst ? comparison.candidate() : comparison.baseline();
      ServerVariant second = candidateFirst ? comparison.baseline() : comparison.candidate();
      HttpRun firstRun = measure(first, warmup, measure);
      HttpRun secondRun = measure(second, warmup, measure);
      measured.add(candidateFirst ? new HttpPair(firstRun, secondRun) : new HttpPair(secondRun, firstRun));
    }
    return measured;
  }

  private HttpRun measure(ServerVariant variant, long warmupNanos, long measureNanos)
      throws IOException, InterruptedException {
    int port = Ports.free();
    Path log = settings.workDir().resolve("http-server-" + variant.argument() + ".log");
    System.err.printf("HTTP: %s on port %d (log: %s)%n", variant.label(), port, log);
    try (JavaProcess server = JavaProcess.start(variant.mainClass(), variant.classPath(), serverJvm(),
        List.of(variant.argument(), Integer.toString(port)), log)) {
      server.awaitLine("READY");
      // Signed now: the window is five minutes, far longer than one measurement.
      byte[] request = SlackDelivery.signedNow().toHttp();
      LoadClient client = new LoadClient(port, request, CONCURRENCY, MAX_REQUESTS);
      client.run(warmupNanos);
      long cpuBefore = server.cpuNanos();
      LoadClient.Result load = client.run(measureNanos);
      HttpRun result = new HttpRun(load, server.cpuNanos() - cpuBefore);
      System.err.printf("HTTP: %s %.0f req/s, p50 %.0f µs, p99 %.0f µs, server CPU %.1f µs/request, %d errors%n",
          variant.label(), load.requestsPerSecond(), load.latencyMicros(0.5), load.latencyMicros(0.99),
          result.serverCpuMicrosPerRequest(), load.errors());
      if (load.errors() > 0) {
        // A server answering anything but 200 does less work than the other: the ratio would lie.
        throw new IllegalStateException(variant.label() + " answered " + load.errors() + " requests with an error; see " + log);
      }
      return result;
    }
  }

  /** The servers' JVM options, plus any in {@code -Dbench.serverJvmArgs}, such as a profiler's. */
  private static List<String> serverJvm() {
    return serverJvm(SERVER_JVM);
  }

  /**
   * {@code options}, plus any in {@code -Dbench.serverJvmArgs}: for every figure's server JVMs, so
   * that one setting profiles them all.
   */
  public static List<String> serverJvm(List<String> base) {
    List<String> options = new ArrayList<>(base);
    String extra = System.getProperty("bench.serverJvmArgs", "").strip();
    if (!extra.isEmpty()) {
      options.addAll(List.of(extra.split("\\s+")));
    }
    return options;
  }
}
