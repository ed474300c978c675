package io.hookwire.benchmarks.inbox;

import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Row.Verdict;
import io.hookwire.benchmarks.report.Section;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Figure 6's rows. Values are medians over the runs; a ratio between the two modes is the median
 * of the per-pair ratios, with their range. The ratio of one mode's 200 ms runs to its 0 ms runs
 * is taken between medians, as those runs are not paired.
 */
final class InboxRows {
  /** The inbox's p99 with the slow handler, over its p99 with the quick one: "does not grow". */
  static final double MAX_P99_GROWTH = 1.5;
  /** The inbox's throughput with the slow handler, over inline handling's on the same connections. */
  static final double MIN_SLOW_THROUGHPUT = 10;

  private final Map<Duration, List<InboxPair>> measured;
  private final boolean errorFree;

  private InboxRows(Map<Duration, List<InboxPair>> measured) {
    this.measured = measured;
    this.errorFree = measured.values().stream().flatMap(List::stream)
        .allMatch(pair -> pair.inbox().load().errors() == 0 && pair.inline().load().errors() == 0);
  }

  /** The rows and detail lines of the pairs measured for each handler time. */
  static Section of(Map<Duration, List<InboxPair>> measured) {
    return new InboxRows(measured).section();
  }

  private Section section() {
    List<Row> rows = new ArrayList<>();
    Duration quick = InboxBenchmark.HANDLER_TIMES.get(0);
    Duration slow = InboxBenchmark.HANDLER_TIMES.get(1);
    for (Duration handlerTime : InboxBenchmark.HANDLER_TIMES) {
      rows.add(latencyRow(handlerTime, "p50", 0.5));
      rows.add(latencyRow(handlerTime, "p99", 0.99));
    }
    rows.add(growthRow(HandlingMode.INBOX, quick, slow, "≤ " + MAX_P99_GROWTH, true));
    rows.add(growthRow(HandlingMode.INLINE, quick, slow, "reported", false));
    rows.add(throughputRow(quick, Double.NaN));
    rows.add(throughputRow(slow, MIN_SLOW_THROUGHPUT));
    return new Section(rows, details());
  }

  private Row latencyRow(Duration handlerTime, String name, double quantile) {
    List<InboxPair> pairs = measured.get(handlerTime);
    return new Row("6. Ack latency " + name + ", Kafka inbox, " + millis(handlerTime) + " handler",
        "inline handling: " + micros(pairs, pair -> pair.inline().latencyMicros(quantile)),
        micros(pairs, pair -> pair.inbox().latencyMicros(quantile)),
        pairedRatio(pairs, pair -> pair.latencyRatio(quantile)), "reported (lower is better)", Verdict.INFORMATIVE);
  }

  private Row growthRow(HandlingMode mode, Duration quick, Duration slow, String target, boolean judged) {
    ToDoubleFunction<InboxPair> p99 = pair -> pair.of(mode).latencyMicros(0.99);
    double growth = median(measured.get(slow), p99) / median(measured.get(quick), p99);
    return new Row("6. Ack latency p99 with a " + millis(slow) + " handler, " + mode.label(),
        millis(quick) + " handler: " + micros(measured.get(quick), p99), micros(measured.get(slow), p99),
        Numbers.ratio(growth), target,
        judged ? Verdict.of(errorFree && growth <= MAX_P99_GROWTH) : Verdict.INFORMATIVE);
  }

  private Row throughputRow(Duration handlerTime, double minRatio) {
    List<InboxPair> pairs = measured.get(handlerTime);
    double ratio = median(pairs, InboxPair::throughputRatio);
    boolean judged = !Double.isNaN(minRatio);
    return new Row("6. Throughput, Kafka inbox, " + millis(handlerTime) + " handler ("
        + InboxBenchmark.CONNECTIONS + " connections)",
        "inline handling: " + requestsPerSecond(pairs, pair -> pair.inline().requestsPerSecond()),
        requestsPerSecond(pairs, pair -> pair.inbox().requestsPerSecond()),
        pairedRatio(pairs, InboxPair::throughputRatio), judged ? "≥ " + Numbers.whole(minRatio) : "reported",
        judged ? Verdict.of(errorFree && ratio >= minRatio) : Verdict.INFORMATIVE);
  }

  private List<String> details() {
    List<String> details = new ArrayList<>();
    measured.forEach((handlerTime, pairs) -> {
      for (int i = 0; i < pairs.size(); i++) {
        InboxPair pair = pairs.get(i);
        details.add("Inbox, " + millis(handlerTime) + " handler, pair " + (i + 1)
            + (i % 2 == 0 ? " (inbox first)" : " (inline first)") + ": Kafka inbox " + describe(pair.inbox())
            + "; inline " + describe(pair.inline()));
      }
    });
    if (!errorFree) {
      details.add("Inbox: some answers were not 200 (see the pairs above): the targets are counted as missed");
    }
    return details;
  }

  /** One run on one line: rate, latencies, CPU of the server and the broker, and errors. */
  static String describe(InboxRun run) {
    return Numbers.whole(run.requestsPerSecond()) + " req/s, p50 " + Numbers.whole(run.latencyMicros(0.5))
        + " µs, p99 " + Numbers.whole(run.latencyMicros(0.99)) + " µs, CPU per request: server "
        + Numbers.oneDecimal(run.cpuMicrosPerRequest(run.serverCpuNanos())) + " µs, broker "
        + Numbers.oneDecimal(run.cpuMicrosPerRequest(run.brokerCpuNanos())) + " µs; "
        + run.load().requests() + " requests, " + run.load().errors() + " errors";
  }

  private static String pairedRatio(List<InboxPair> pairs, ToDoubleFunction<InboxPair> ratio) {
    double[] ratios = pairs.stream().mapToDouble(ratio).toArray();
    return Numbers.ratio(Numbers.median(ratios)) + " (pairs " + Numbers.range(ratios, Numbers::ratio) + ")";
  }

  private static String micros(List<InboxPair> pairs, ToDoubleFunction<InboxPair> value) {
    double[] values = pairs.stream().mapToDouble(value).toArray();
    return Numbers.whole(Numbers.median(values)) + " µs (" + Numbers.range(values, Numbers::whole) + ")";
  }

  private static String requestsPerSecond(List<InboxPair> pairs, ToDoubleFunction<InboxPair> value) {
    double[] values = pairs.stream().mapToDouble(value).toArray();
    return Numbers.whole(Numbers.median(values)) + " req/s (" + Numbers.range(values, Numbers::whole) + ")";
  }

  private static double median(List<InboxPair> pairs, ToDoubleFunction<InboxPair> value) {
    return Numbers.median(pairs.stream().mapToDouble(value).toArray());
  }

  private static String millis(Duration time) {
    return time.toMillis() + " ms";
  }
}
