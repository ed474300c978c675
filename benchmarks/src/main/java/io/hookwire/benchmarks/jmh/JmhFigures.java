package io.hookwire.benchmarks.jmh;

import io.hookwire.benchmarks.Settings;
import io.hookwire.benchmarks.pipeline.PipelineBenchmark;
import io.hookwire.benchmarks.report.Section;
import io.hookwire.benchmarks.verify.VerifierBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Figures 1 and 5: runs the pipeline and verifier benchmarks in one JMH run, with the GC profiler
 * for allocation per operation, and turns the results into rows. JMH's own report goes to a log
 * file in the work directory.
 */
public final class JmhFigures {
  private final Settings settings;

  public JmhFigures(Settings settings) {
    this.settings = settings;
  }

  /** Runs JMH and reports both figures. */
  public List<Section> run() throws IOException, RunnerException {
    Files.createDirectories(settings.workDir());
    Path log = settings.workDir().resolve("jmh.log");
    Options options = new OptionsBuilder()
        .include(PipelineBenchmark.class.getName() + ".*")
        .include(VerifierBenchmark.class.getName() + ".*")
        // 4 pipeline and 28 verifier benchmarks: about 10 minutes in the full run, 2 in the quick
        // one. Five seconds of warm-up, as on a busy machine the JIT is still compiling after three.
        .forks(settings.pick(1, 2))
        .warmupIterations(settings.pick(2, 5))
        .warmupTime(TimeValue.milliseconds(settings.pick(300, 1000)))
        .measurementIterations(settings.pick(3, 5))
        .measurementTime(TimeValue.milliseconds(settings.pick(300, 600)))
        .jvmArgs("-Xms1g", "-Xmx1g")
        .addProfiler(GCProfiler.class)
        .output(log.toString())
        .build();
    System.err.printf("JMH: pipeline and verifiers (log: %s)%n", log);
    Collection<RunResult> results = new Runner(options).run();
    JmhResults measured = new JmhResults(results);
    List<Section> sections = new ArrayList<>();
    sections.add(PipelineRows.of(measured));
    sections.add(VerifierRows.of(measured));
    return sections;
  }
}
