package io.hookwire.benchmarks.compile;

import io.hookwire.benchmarks.Settings;
import io.hookwire.benchmarks.process.JavaProcess;
import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Row.Verdict;
import io.hookwire.benchmarks.report.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Figure 3: javac over receiver sources (500 in the full run) with Hookwire's processor, against
 * the same compilation with {@code -proc:none}. Runs {@link CompileProbe} in a fresh JVM; times are
 * of warm, in-process javac and a warm processor, as in a build daemon or an IDE. Reported as
 * elapsed time, as CPU time of javac's thread (which other processes on the machine do not
 * inflate), and as the CPU time spent inside the processor; each ratio is the median of per-round
 * ratios. The details give the floors: javac over the sources plus the generated code, and javac
 * with a processor that only writes that code again.
 */
public final class CompileBenchmark {
  private static final double WHOLE_TARGET = 1.6;
  private static final double PROCESSOR_TARGET = 0.3;

  private final Settings settings;

  public CompileBenchmark(Settings settings) {
    this.settings = settings;
  }

  /** Runs the probe and reports the ratios. */
  public Section run() throws IOException {
    int receivers = settings.pick(100, 500);
    Path work = Files.createDirectories(settings.workDir().resolve("compile"));
    Path log = settings.workDir().resolve("compile.log");
    System.err.printf("Compile: %d receivers with and without the processor (log: %s)%n", receivers, log);
    Map<String, List<Javac.Timing>> byMode = new HashMap<>();
    List<String> args = List.of(work.toString(), Integer.toString(receivers),
        Integer.toString(settings.pick(1, 2)), Integer.toString(settings.pick(2, 5)));
    try (JavaProcess probe = JavaProcess.start(CompileProbe.class, List.of("-Xms1g", "-Xmx2g"), args, log)) {
      for (String line = probe.readLine(); line != null; line = probe.readLine()) {
        String[] parts = line.split(" ");
        if (parts[0].equals("RESULT")) {
          byMode.computeIfAbsent(parts[1], mode -> new ArrayList<>()).add(new Javac.Timing(
              Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4])));
        }
      }
      if (probe.waitForExit() != 0 || byMode.size() != 5) {
        throw new IllegalStateException("the compile probe failed; see " + log);
      }
    }
    return section(receivers, byMode);
  }

  private static Section section(int receivers, Map<String, List<Javac.Timing>> byMode) {
    List<Javac.Timing> none = byMode.get(CompileProbe.NONE);
    List<Javac.Timing> processor = byMode.get(CompileProbe.PROCESSOR);
    String figure = "3. Compile " + receivers + " receivers, ";
    List<Row> rows = List.of(
        row(figure + "processor on (elapsed)", none, processor, Javac.Timing::wallNanos, WHOLE_TARGET),
        row(figure + "processor on (CPU of javac's thread)", none, processor, Javac.Timing::cpuNanos, WHOLE_TARGET),
        row(figure + "CPU inside the processor", none, processor, Javac.Timing::processorCpuNanos, PROCESSOR_TARGET,
            Javac.Timing::cpuNanos));
    List<String> details = List.of(
        "Compile rounds, CPU ms of javac's thread: " + String.join("; ", CompileProbe.MODES.stream()
            .map(mode -> mode + ": " + list(byMode.get(mode), Javac.Timing::cpuNanos)).toList())
            + "; inside the processor: " + list(processor, Javac.Timing::processorCpuNanos),
        "Compile floors, CPU of javac's thread over -proc:none (median of rounds): the sources plus the"
            + " processor's output with -proc:none " + ratio(none, byMode.get(CompileProbe.PREGENERATED))
            + "; a processor that only writes that output again "
            + ratio(none, byMode.get(CompileProbe.COPYING))
            + "; Hookwire's processor loaded afresh by javac from -processorpath, as on a command line, "
            + ratio(none, byMode.get(CompileProbe.PROCESSOR_PATH)),
        insideSplit(none, processor, byMode.get(CompileProbe.COPYING)));
    return new Section(rows, details);
  }

  /**
   * Splits the time inside the processor: the copying processor spends its time in the filer
   * alone, writing the same files, so that share is javac's, and the rest is Hookwire's reading,
   * checking and rendering.
   */
  private static String insideSplit(List<Javac.Timing> none, List<Javac.Timing> processor, List<Javac.Timing> copying) {
    double noneCpu = median(none, Javac.Timing::cpuNanos);
    double inside = median(processor, Javac.Timing::processorCpuNanos);
    double filer = median(copying, Javac.Timing::processorCpuNanos);
    return "Compile: inside the processor " + Numbers.whole(inside / 1e6) + " ms (median); the filer writing the"
        + " same files, alone in the copying processor, " + Numbers.whole(filer / 1e6) + " ms ("
        + Numbers.ratio(filer / noneCpu) + " of -proc:none); the rest, Hookwire's reading, checking and"
        + " rendering, " + Numbers.whole((inside - filer) / 1e6) + " ms (" + Numbers.ratio((inside - filer) / noneCpu) + ")";
  }

  private static double median(List<Javac.Timing> timings, ToDoubleFunction<Javac.Timing> nanos) {
    return Numbers.median(timings.stream().mapToDouble(nanos).toArray());
  }

  private static Row row(String figure, List<Javac.Timing> none, List<Javac.Timing> processor,
      ToDoubleFunction<Javac.Timing> nanos, double target) {
    return row(figure, none, processor, nanos, target, nanos);
  }

  private static Row row(String figure, List<Javac.Timing> none, List<Javac.Timing> processor,
      ToDoubleFunction<Javac.Timing> nanos, double target, ToDoubleFunction<Javac.Timing> baselineNanos) {
    double[] ratios = ratios(none, processor, baselineNanos, nanos);
    double ratio = Numbers.median(ratios);
    return new Row(figure, "-proc:none: " + millis(none, baselineNanos), millis(processor, nanos),
        Numbers.ratio(ratio) + " (rounds " + Numbers.range(ratios, Numbers::ratio) + ")",
        "≤ " + target, Verdict.of(ratio <= target));
  }

  private static String ratio(List<Javac.Timing> none, List<Javac.Timing> other) {
    double[] ratios = ratios(none, other, Javac.Timing::cpuNanos, Javac.Timing::cpuNanos);
    return Numbers.ratio(Numbers.median(ratios)) + " (" + Numbers.range(ratios, Numbers::ratio) + ")";
  }

  private static double[] ratios(List<Javac.Timing> baseline, List<Javac.Timing> measured,
      ToDoubleFunction<Javac.Timing> baselineNanos, ToDoubleFunction<Javac.Timing> nanos) {
    double[] ratios = new double[baseline.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = nanos.applyAsDouble(measured.get(i)) / baselineNanos.applyAsDouble(baseline.get(i));
    }
    return ratios;
  }

  private static String millis(List<Javac.Timing> timings, ToDoubleFunction<Javac.Timing> nanos) {
    double[] values = timings.stream().mapToDouble(timing -> nanos.applyAsDouble(timing) / 1e6).toArray();
    return Numbers.whole(Numbers.median(values)) + " ms (" + Numbers.range(values, Numbers::whole) + ")";
  }

  private static String list(List<Javac.Timing> timings, ToDoubleFunction<Javac.Timing> nanos) {
    return String.join(", ", timings.stream().map(timing -> Numbers.whole(nanos.applyAsDouble(timing) / 1e6)).toList());
  }
}
