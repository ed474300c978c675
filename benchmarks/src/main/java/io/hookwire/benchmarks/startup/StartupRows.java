package io.hookwire.benchmarks.startup;

import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Row.Verdict;
import io.hookwire.benchmarks.report.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figure 4's rows: the time for 1,000 receivers against a second; linearity as the cost of each
 * receiver added from 500 to 1,000 over the cost of each added from 250 to 500 (1.0 is linear,
 * above it grows faster than linear); and the heap held per receiver.
 */
final class StartupRows {
  private static final double BUDGET_MILLIS = 1000;
  private static final double LINEARITY_TARGET = 1.25;

  private StartupRows() {}

  static Section of(Map<Integer, List<StartupSample>> samples) {
    double small = medianMillis(samples.get(250));
    double middle = medianMillis(samples.get(500));
    double large = medianMillis(samples.get(1000));
    double[] largeAll = samples.get(1000).stream().mapToDouble(StartupSample::totalMillis).toArray();
    double marginalLow = (middle - small) / 250;
    double marginalHigh = (large - middle) / 500;
    double linearity = marginalHigh / marginalLow;
    double heapPerReceiver = medianHeap(samples.get(1000)) / 1000;
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("4. Start-up, 1,000 receivers (discover, build, mount)", "budget: 1 s",
        Numbers.whole(large) + " ms (" + Numbers.range(largeAll, Numbers::whole) + ")",
        Numbers.ratio(large / BUDGET_MILLIS), "< 1,000 ms", Verdict.of(large < BUDGET_MILLIS)));
    rows.add(new Row("4. Start-up linearity: ms per receiver from 500 to 1,000",
        "from 250 to 500: " + Numbers.ratio(marginalLow) + " ms",
        Numbers.ratio(marginalHigh) + " ms", Numbers.ratio(linearity), "≤ " + LINEARITY_TARGET + " (1.0 = linear)",
        Verdict.of(linearity <= LINEARITY_TARGET)));
    rows.add(new Row("4. Heap held, 1,000 receivers", "250 receivers: " + kib(medianHeap(samples.get(250))),
        kib(medianHeap(samples.get(1000))) + " (" + Numbers.oneDecimal(heapPerReceiver / 1024) + " KiB each)",
        Numbers.ratio(medianHeap(samples.get(1000)) / medianHeap(samples.get(250))), "reported (4.0 = linear)",
        Verdict.INFORMATIVE));
    List<String> details = new ArrayList<>();
    samples.forEach((size, list) -> details.add("Start-up " + size + " receivers, per run (build + mount ms, heap KiB): "
        + describe(list)));
    return new Section(rows, details);
  }

  private static double medianMillis(List<StartupSample> samples) {
    return Numbers.median(samples.stream().mapToDouble(StartupSample::totalMillis).toArray());
  }

  private static double medianHeap(List<StartupSample> samples) {
    return Numbers.median(samples.stream().mapToDouble(StartupSample::retainedBytes).toArray());
  }

  private static String kib(double bytes) {
    return Numbers.whole(bytes / 1024) + " KiB";
  }

  private static String describe(List<StartupSample> samples) {
    List<String> runs = new ArrayList<>();
    for (StartupSample sample : samples) {
      runs.add(Numbers.whole(sample.buildNanos() / 1e6) + " + " + Numbers.whole(sample.mountNanos() / 1e6)
          + " ms, " + Numbers.whole(sample.retainedBytes() / 1024.0) + " KiB");
    }
    return String.join("; ", runs);
  }
}
