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
 * Figure 3: javac over receiver sources (500 in the full run) with Hookwire's processor on the
 * processor path, against the same compilation with {@code -proc:none}. Runs {@link CompileProbe}
 * in a fresh JVM; times are of warm, in-process javac, as in a build daemon or an IDE. Reported
 * both as elapsed time and as CPU time of javac's thread, which other processes on the machine do
 * not inflate; each ratio is the median of per-round ratios.
 */
public final class CompileBenchmark {
  private static final double TARGET = 1.25;

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
          byMode.computeIfAbsent(parts[1], mode -> new ArrayList<>())
              .add(new Javac.Timing(Long.parseLong(parts[2]), Long.parseLong(parts[3])));
        }
      }
      if (probe.waitForExit() != 0 || byMode.size() != 3) {
        throw new IllegalStateException("the compile probe failed; see " + log);
      }
    }
    return section(receivers, byMode);
  }

  private static Section section(int receivers, Map<String, List<Javac.Timing>> byMode) {
    List<Javac.Timing> none = byMode.get(CompileProbe.NONE);
    List<Javac.Timing> processor = byMode.get(CompileProbe.PROCESSOR);
    List<Javac.Timing> pregenerated = byMode.get(CompileProbe.PREGENERATED);
    List<Row> rows = List.of(
        row(receivers, "elapsed", none, processor, Javac.Timing::wallNanos),
        row(receivers, "CPU of javac's thread", none, processor, Javac.Timing::cpuNanos));
    double noneCpu = median(none, Javac.Timing::cpuNanos);
    double compilingOutput = median(pregenerated, Javac.Timing::cpuNanos) - noneCpu;
    double runningProcessor = median(processor, Javac.Timing::cpuNanos) - median(pregenerated, Javac.Timing::cpuNanos);
    List<String> details = List.of(
        "Compile rounds, CPU ms, -proc:none: " + list(none) + "; processor: " + list(processor)
            + "; -proc:none over sources plus the processor's output: " + list(pregenerated),
        "Compile: of the processor's extra CPU time, compiling the code it generates is "
            + Numbers.whole(compilingOutput / 1e6) + " ms (" + percent(compilingOutput / noneCpu)
            + " of -proc:none) and running the processor itself " + Numbers.whole(runningProcessor / 1e6)
            + " ms (" + percent(runningProcessor / noneCpu) + ")");
    return new Section(rows, details);
  }

  private static Row row(int receivers, String clock, List<Javac.Timing> none, List<Javac.Timing> processor,
      ToDoubleFunction<Javac.Timing> nanos) {
    double[] ratios = new double[none.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = nanos.applyAsDouble(processor.get(i)) / nanos.applyAsDouble(none.get(i));
    }
    double ratio = Numbers.median(ratios);
    return new Row("3. Compile " + receivers + " receivers, processor on (" + clock + ")",
        "-proc:none: " + millis(none, nanos), millis(processor, nanos),
        Numbers.ratio(ratio) + " (rounds " + Numbers.range(ratios, Numbers::ratio) + ")",
        "≤ " + TARGET, Verdict.of(ratio <= TARGET));
  }

  private static double median(List<Javac.Timing> timings, ToDoubleFunction<Javac.Timing> nanos) {
    return Numbers.median(timings.stream().mapToDouble(nanos).toArray());
  }

  private static String millis(List<Javac.Timing> timings, ToDoubleFunction<Javac.Timing> nanos) {
    double[] values = timings.stream().mapToDouble(timing -> nanos.applyAsDouble(timing) / 1e6).toArray();
    return Numbers.whole(Numbers.median(values)) + " ms (" + Numbers.range(values, Numbers::whole) + ")";
  }

  private static String list(List<Javac.Timing> timings) {
    return String.join(", ", timings.stream().map(timing -> Numbers.whole(timing.cpuNanos() / 1e6)).toList());
  }

  private static String percent(double fraction) {
    return Numbers.whole(fraction * 100) + " %";
  }
}
