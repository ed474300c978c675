package io.hookwire.benchmarks;

import io.hookwire.benchmarks.compile.CompileBenchmark;
import io.hookwire.benchmarks.http.HttpBenchmark;
import io.hookwire.benchmarks.inbox.InboxBenchmark;
import io.hookwire.benchmarks.jmh.JmhFigures;
import io.hookwire.benchmarks.report.Charts;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Section;
import io.hookwire.benchmarks.report.Table;
import io.hookwire.benchmarks.startup.StartupBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every benchmark and prints one Markdown table: each figure with the baseline measured in
 * the same run, the ratio and the target. {@code --quick} runs a reduced version. Progress goes to
 * standard error, the report to standard output (and {@code report.md} in the work directory).
 */
public final class BenchmarkSuite {
  private BenchmarkSuite() {}

  /** Entry point of the executable jar; see {@link Settings#parse} for the arguments. */
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    Instant start = Instant.now();
    String machine = Machine.describe();
    List<Section> sections = new ArrayList<>();
    // Figure order of the table, not of execution: JMH first while the machine is quietest.
    if (settings.runs("jmh")) {
      sections.addAll(new JmhFigures(settings).run());
    }
    if (settings.runs("http")) {
      sections.add(new HttpBenchmark(settings).run());
    }
    if (settings.runs("compile")) {
      sections.add(new CompileBenchmark(settings).run());
    }
    if (settings.runs("startup")) {
      sections.add(new StartupBenchmark(settings).run());
    }
    if (settings.runs("inbox")) {
      sections.add(new InboxBenchmark(settings).run());
    }
    String report = report(settings, machine, sections, Duration.between(start, Instant.now()));
    System.out.print(report);
    Files.writeString(settings.workDir().resolve("report.md"), report);
    // A full run's charts are the ones docs/benchmarks.md shows; a quick run's stay in the work directory.
    Path charts = settings.quick() ? settings.workDir() : Path.of("docs");
    Charts.draw(sections, charts, settings.workDir()).forEach(file -> System.err.println("Chart: " + file));
  }

  private static String report(Settings settings, String machine, List<Section> sections, Duration took) {
    List<Row> rows = new ArrayList<>();
    StringBuilder details = new StringBuilder();
    for (Section section : sections) {
      rows.addAll(section.rows());
      section.details().forEach(line -> details.append("- ").append(line).append('\n'));
    }
    return "Hookwire benchmarks (" + (settings.quick() ? "quick" : "full") + " run, "
        + took.toSeconds() + " s)\n\nMachine: " + machine + "\n\n"
        + Table.markdown(rows) + "\nDetails:\n\n" + details;
  }
}
