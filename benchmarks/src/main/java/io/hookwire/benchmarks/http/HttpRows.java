package io.hookwire.benchmarks.http;

import io.hookwire.benchmarks.report.Bar;
import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Row.Verdict;
import io.hookwire.benchmarks.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Figure 2's rows for one comparison. Values are medians over the runs of each server; each ratio
 * is the median of the per-pair ratios, with their range, since the two runs of a pair ran under
 * the same conditions.
 */
final class HttpRows {
  private HttpRows() {}

  static Section of(Comparison comparison, List<HttpPair> pairs) {
    String baseline = comparison.baseline().label();
    List<Row> rows = new ArrayList<>();
    double throughput = Numbers.median(each(pairs, HttpPair::throughputRatio));
    rows.add(new Row("2. HTTP throughput, " + comparison.name() + " (" + HttpBenchmark.CONCURRENCY + " connections)",
        baseline + ": " + requestsPerSecond(pairs, HttpPair::baseline), requestsPerSecond(pairs, HttpPair::candidate),
        ratioWithRange(pairs, HttpPair::throughputRatio),
        comparison.hasTargets() ? "≥ " + comparison.minThroughput() : "reported",
        verdict(comparison, throughput >= comparison.minThroughput())));
    double cpu = Numbers.median(each(pairs, HttpPair::cpuRatio));
    rows.add(new Row("2. HTTP server CPU per request, " + comparison.name(),
        baseline + ": " + cpuMicros(pairs, HttpPair::baseline), cpuMicros(pairs, HttpPair::candidate),
        ratioWithRange(pairs, HttpPair::cpuRatio),
        comparison.hasTargets() ? "≤ " + comparison.maxCpu() + " (lower is better)" : "reported (lower is better)",
        verdict(comparison, cpu <= comparison.maxCpu())));
    rows.add(latencyRow(comparison, pairs, "p50", 0.5));
    rows.add(latencyRow(comparison, pairs, "p99", 0.99));
    List<String> details = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      HttpPair pair = pairs.get(i);
      details.add("HTTP " + comparison.name() + " pair " + (i + 1) + (i % 2 == 0 ? " (candidate first)" : " (baseline first)")
          + ": " + comparison.candidate().label() + " " + describe(pair.candidate()) + "; " + baseline + " "
          + describe(pair.baseline()));
    }
    String adapter = comparison.name() + "\nvs " + baseline;
    List<Bar> bars = List.of(
        new Bar(Bar.HTTP, "throughput (higher is better)", adapter, throughput),
        new Bar(Bar.HTTP, "server CPU per request (lower is better)", adapter, cpu),
        new Bar(Bar.HTTP, "latency p50 (lower is better)", adapter,
            Numbers.median(each(pairs, pair -> pair.latencyRatio(0.5)))));
    return new Section(rows, details, bars);
  }

  private static Verdict verdict(Comparison comparison, boolean met) {
    return comparison.hasTargets() ? Verdict.of(met) : Verdict.INFORMATIVE;
  }

  private static String ratioWithRange(List<HttpPair> pairs, ToDoubleFunction<HttpPair> ratio) {
    double[] ratios = each(pairs, ratio);
    return Numbers.ratio(Numbers.median(ratios)) + " (pairs " + Numbers.range(ratios, Numbers::ratio) + ")";
  }

  private static Row latencyRow(Comparison comparison, List<HttpPair> pairs, String name, double quantile) {
    return new Row("2. HTTP latency " + name + ", " + comparison.name(),
        comparison.baseline().label() + ": " + micros(pairs, pair -> pair.baseline().load().latencyMicros(quantile)),
        micros(pairs, pair -> pair.candidate().load().latencyMicros(quantile)),
        ratioWithRange(pairs, pair -> pair.latencyRatio(quantile)),
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
