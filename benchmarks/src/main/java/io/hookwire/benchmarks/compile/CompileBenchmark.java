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
import java.util.List;

/**
 * Figure 3: javac over 500 receiver sources with Hookwire's processor on the processor path,
 * against the same compilation with {@code -proc:none}. Runs {@link CompileProbe} in a fresh JVM;
 * the times are of warm, in-process javac, as in a build daemon or an IDE, and the ratio is the
 * median of per-round ratios.
 */
public final class CompileBenchmark {
  static final int RECEIVERS = 500;
  private static final double TARGET = 1.25;

  private final Settings settings;

  public CompileBenchmark(Settings settings) {
    this.settings = settings;
  }

  /** Runs the probe and reports the ratio. */
  public Section run() throws IOException {
    Path work = Files.createDirectories(settings.workDir().resolve("compile"));
    Path log = settings.workDir().resolve("compile.log");
    System.err.printf("Compile: %d receivers with and without the processor (log: %s)%n", RECEIVERS, log);
    List<Double> none = new ArrayList<>();
    List<Double> processor = new ArrayList<>();
    List<String> args = List.of(work.toString(), Integer.toString(RECEIVERS),
        Integer.toString(settings.pick(1, 2)), Integer.toString(settings.pick(3, 7)));
    try (JavaProcess probe = JavaProcess.start(CompileProbe.class, List.of("-Xms1g", "-Xmx2g"), args, log)) {
      for (String line = probe.readLine(); line != null; line = probe.readLine()) {
        String[] parts = line.split(" ");
        if (parts[0].equals("RESULT")) {
          (parts[1].equals(CompileProbe.PROCESSOR) ? processor : none).add(Long.parseLong(parts[2]) / 1e6);
        }
      }
      if (probe.waitForExit() != 0 || none.isEmpty() || none.size() != processor.size()) {
        throw new IllegalStateException("the compile probe failed; see " + log);
      }
    }
    return section(toArray(none), toArray(processor));
  }

  private static Section section(double[] none, double[] processor) {
    double[] ratios = new double[none.length];
    for (int i = 0; i < none.length; i++) {
      ratios[i] = processor[i] / none[i];
    }
    double ratio = Numbers.median(ratios);
    Row row = new Row("3. Compile " + RECEIVERS + " receivers, processor on",
        "-proc:none: " + millis(none), millis(processor),
        Numbers.ratio(ratio) + " (rounds " + Numbers.range(ratios, Numbers::ratio) + ")",
        "≤ " + TARGET, Verdict.of(ratio <= TARGET));
    return new Section(List.of(row), List.of("Compile rounds (ms), -proc:none: " + list(none)
        + "; processor: " + list(processor)));
  }

  private static String millis(double[] values) {
    return Numbers.whole(Numbers.median(values)) + " ms (" + Numbers.range(values, Numbers::whole) + ")";
  }

  private static String list(double[] values) {
    StringBuilder text = new StringBuilder();
    for (double value : values) {
      text.append(text.length() == 0 ? "" : ", ").append(Numbers.whole(value));
    }
    return text.toString();
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
