package io.hookwire.benchmarks.http;

import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Row.Verdict;
import io.hookwire.benchmarks.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Figure 2's rows. Values are medians over the runs of each variant; each ratio is the median of
 * the per-pair ratios, with their range, since the two runs of a pair ran under the same conditions.
 */
final class HttpRows {
  private static final double TARGET = 0.95;

  private HttpRows() {}

  static Section of(List<HttpPair> pairs) {
    List<Row> rows = new ArrayList<>();
    double[] ratios = each(pairs, HttpPair::throughputRatio);
    double ratio = Numbers.median(ratios);
    rows.add(new Row("2. HTTP throughput, Hookwire route (" + HttpBenchmark.CONCURRENCY + " connections)",
        "hand-written Spark route: " + requestsPerSecond(pairs, HttpPair::handWritten),
        requestsPerSecond(pairs, HttpPair::hookwire),
        Numbers.ratio(ratio) + " (pairs " + Numbers.range(ratios, Numbers::ratio) + ")",
        "≥ " + TARGET, Verdict.of(ratio >= TARGET)));
    double[] efficiency = each(pairs, HttpPair::cpuEfficiency);
    double cpuRatio = Numbers.median(efficiency);
    rows.add(new Row("2. HTTP server CPU per request, Hookwire route (as efficiency)",
        "hand-written: " + cpuMicros(pairs, HttpPair::handWritten), cpuMicros(pairs, HttpPair::hookwire),
        Numbers.ratio(cpuRatio) + " (pairs " + Numbers.range(efficiency, Numbers::ratio) + ")",
        "≥ " + TARGET + " (hand-written CPU / Hookwire CPU)", Verdict.of(cpuRatio >= TARGET)));
    rows.add(latencyRow(pairs, "p50", 0.5));
    rows.add(latencyRow(pairs, "p99", 0.99));
    List<String> details = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      HttpPair pair = pairs.get(i);
      details.add("HTTP pair " + (i + 1) + (i % 2 == 0 ? " (Hookwire first)" : " (hand-written first)")
          + ": Hookwire " + describe(pair.hookwire()) + "; hand-written " + describe(pair.handWritten()));
    }
    return new Section(rows, details);
  }

  private static Row latencyRow(List<HttpPair> pairs, String name, double quantile) {
    double[] ratios = each(pairs, pair -> pair.latencyRatio(quantile));
    return new Row("2. HTTP latency " + name + ", Hookwire route",
        "hand-written: " + micros(pairs, pair -> pair.handWritten().load().latencyMicros(quantile)),
        micros(pairs, pair -> pair.hookwire().load().latencyMicros(quantile)),
        Numbers.ratio(Numbers.median(ratios)) + " (pairs " + Numbers.range(ratios, Numbers::ratio) + ")",
        "reported (lower is better)", Verdict.INFORMATIVE);
  }

  private static String requestsPerSecond(List<HttpPair> pairs, Function<HttpPair, HttpRun> side) {
    double[] values = each(pairs, pair -> side.apply(pair).load().requestsPerSecond());
    return Numbers.whole(Numbers.median(values)) + " req/s (" + Numbers.range(values, Numbers::whole) + ")";
  }

  private static String cpuMicros(List<HttpPair> pairs, Function<HttpPair, HttpRun> side) {
    double[] values = each(pairs, pair -> side.apply(pair).serverCpuMicrosPerRequest());
    return Numbers.oneDecimal(Numbers.median(values)) + " µs (" + Numbers.range(values, Numbers::oneDecimal) + ")";
  }

  private static String micros(List<HttpPair> pairs, ToDoubleFunction<HttpPair> value) {
    double[] values = each(pairs, value);
    return Numbers.whole(Numbers.median(values)) + " µs (" + Numbers.range(values, Numbers::whole) + ")";
  }

  private static double[] each(List<HttpPair> pairs, ToDoubleFunction<HttpPair> value) {
    return pairs.stream().mapToDouble(value).toArray();
  }

  private static String describe(HttpRun run) {
    LoadClient.Result result = run.load();
    return Numbers.whole(result.requestsPerSecond()) + " req/s, p50 " + Numbers.whole(result.latencyMicros(0.5))
        + " µs, p99 " + Numbers.whole(result.latencyMicros(0.99)) + " µs, server CPU "
        + Numbers.oneDecimal(run.serverCpuMicrosPerRequest()) + " µs/request, " + result.requests()
        + " requests, " + result.errors() + " errors";
  }
}
