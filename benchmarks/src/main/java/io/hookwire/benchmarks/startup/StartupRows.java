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
    double large = medianMillis(samples.get(1000));
    double[] largeAll = samples.get(1000).stream().mapToDouble(StartupSample::totalMillis).toArray();
    // Linearity from CPU time: elapsed time on a shared machine swings more than the effect sought.
    double marginalLow = (medianCpu(samples.get(500)) - medianCpu(samples.get(250))) / 250;
    double marginalHigh = (medianCpu(samples.get(1000)) - medianCpu(samples.get(500))) / 500;
    double linearity = marginalHigh / marginalLow;
    double heapPerReceiver = medianHeap(samples.get(1000)) / 1000;
    double[] largeCpu = samples.get(1000).stream().mapToDouble(StartupSample::cpuMillis).toArray();
    double cpu = Numbers.median(largeCpu);
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("4. Start-up, 1,000 receivers (discover, build, mount; elapsed)", "budget: 1 s",
        Numbers.whole(large) + " ms (" + Numbers.range(largeAll, Numbers::whole) + ")",
        Numbers.ratio(large / BUDGET_MILLIS), "< 1,000 ms", Verdict.of(large < BUDGET_MILLIS)));
    rows.add(new Row("4. Start-up, 1,000 receivers (CPU of the starting thread)", "budget: 1 s",
        Numbers.whole(cpu) + " ms (" + Numbers.range(largeCpu, Numbers::whole) + ")",
        Numbers.ratio(cpu / BUDGET_MILLIS), "< 1,000 ms", Verdict.of(cpu < BUDGET_MILLIS)));
    rows.add(new Row("4. Start-up linearity: CPU ms per receiver from 500 to 1,000",
        "from 250 to 500: " + Numbers.ratio(marginalLow) + " ms",
        Numbers.ratio(marginalHigh) + " ms", Numbers.ratio(linearity), "≤ " + LINEARITY_TARGET + " (1.0 = linear)",
        Verdict.of(linearity <= LINEARITY_TARGET)));
    rows.add(new Row("4. Heap held, 1,000 receivers", "250 receivers: " + kib(medianHeap(samples.get(250))),
        kib(medianHeap(samples.get(1000))) + " (" + Numbers.oneDecimal(heapPerReceiver / 1024) + " KiB each)",
        Numbers.ratio(medianHeap(samples.get(1000)) / medianHeap(samples.get(250))), "reported (4.0 = linear)",
        Verdict.INFORMATIVE));
    List<String> details = new ArrayList<>();
    samples.forEach((size, list) -> details.add("Start-up " + size + " receivers, per run (build + mount ms elapsed, CPU ms, heap KiB): "
        + describe(list)));
    return new Section(rows, details);
  }

  private static double medianMillis(List<StartupSample> samples) {
    return Numbers.median(samples.stream().mapToDouble(StartupSample::totalMillis).toArray());
  }

  private static double medianCpu(List<StartupSample> samples) {
    return Numbers.median(samples.stream().mapToDouble(StartupSample::cpuMillis).toArray());
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
          + " ms, " + Numbers.whole(sample.cpuMillis()) + " ms, " + Numbers.whole(sample.retainedBytes() / 1024.0) + " KiB");
    }
    return String.join("; ", runs);
  }
}
