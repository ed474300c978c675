package io.hookwire.benchmarks.jmh;

import io.hookwire.benchmarks.jmh.JmhResults.Score;
import io.hookwire.benchmarks.report.Bar;
import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Row.Verdict;
import io.hookwire.benchmarks.report.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 1's rows: (a) over (b) in time and allocation, against 1.05; (a) over the limit (the HMAC
 * and one bind, nothing else) in time, against 1.3; (b) over the limit and (c) over (a), reported.
 */
final class PipelineRows {
  private static final double TARGET = 1.05;
  private static final double LIMIT_TARGET = 1.3;

  private PipelineRows() {}

  static Section of(JmhResults results) {
    List<Row> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    Comparison time = new Comparison("ns/op", results.time("generated", null), results.time("handWritten", null));
    Comparison alloc = new Comparison("B/op",
        results.allocation("generated", null), results.allocation("handWritten", null));
    Comparison reflectiveTime = new Comparison("ns/op",
        results.time("reflective", null), results.time("generated", null));
    Comparison reflectiveAlloc = new Comparison("B/op",
        results.allocation("reflective", null), results.allocation("generated", null));
    Comparison overLimit = new Comparison("ns/op", results.time("generated", null), results.time("limit", null));
    Comparison handOverLimit = new Comparison("ns/op", results.time("handWritten", null), results.time("limit", null));
    Comparison limitAlloc = new Comparison("B/op",
        results.allocation("generated", null), results.allocation("limit", null));
    rows.add(time.row("1. Pipeline time, generated (a)", "hand-written (b)", TARGET));
    rows.add(overLimit.row("1. Pipeline time, generated (a) over the limit", "limit (HMAC + one bind)", LIMIT_TARGET));
    rows.add(handOverLimit.informative("1. Pipeline time, hand-written (b) over the limit", "limit (HMAC + one bind)"));
    rows.add(alloc.row("1. Pipeline allocation, generated (a)", "hand-written (b)", TARGET));
    rows.add(reflectiveTime.informative("1. Pipeline time, reflective (c)", "generated (a)"));
    rows.add(reflectiveAlloc.informative("1. Pipeline allocation, reflective (c)", "generated (a)"));
    details.add("Pipeline a/b time ratio within JMH's 99.9% intervals: " + time.ratioBounds()
        + "; allocation: " + alloc.ratioBounds() + "; c/a time: " + reflectiveTime.ratioBounds()
        + "; a/limit time: " + overLimit.ratioBounds() + "; a/limit allocation: " + Numbers.ratio(limitAlloc.ratio())
        + " (" + limitAlloc.format(limitAlloc.value()) + " against " + limitAlloc.format(limitAlloc.baseline()) + ")");
    List<Bar> bars = List.of(
        new Bar(Bar.PIPELINE, "time", "generated / hand-written", time.ratio()),
        new Bar(Bar.PIPELINE, "allocation", "generated / hand-written", alloc.ratio()),
        new Bar(Bar.PIPELINE, "time", "generated / limit", overLimit.ratio()),
        new Bar(Bar.PIPELINE, "allocation", "generated / limit", limitAlloc.ratio()),
        new Bar(Bar.PIPELINE, "time", "hand-written / limit", handOverLimit.ratio()),
        new Bar(Bar.PIPELINE, "time", "reflective / generated", reflectiveTime.ratio()),
        new Bar(Bar.PIPELINE, "allocation", "reflective / generated", reflectiveAlloc.ratio()));
    return new Section(rows, details, bars);
  }

  /** A value and its baseline, both with their confidence half-widths. */
  record Comparison(String unit, Score value, Score baseline) {
    double ratio() {
      return value.value() / baseline.value();
    }

    Row row(String figure, String baselineName, double target) {
      return new Row(figure, baselineName + ": " + format(baseline), format(value), Numbers.ratio(ratio()),
          "≤ " + target, Verdict.of(ratio() <= target));
    }

    Row informative(String figure, String baselineName) {
      return new Row(figure, baselineName + ": " + format(baseline), format(value), Numbers.ratio(ratio()),
          "reported", Verdict.INFORMATIVE);
    }

    /** The lowest and highest ratio the intervals allow. */
    String ratioBounds() {
      if (baseline.error() >= baseline.value() || value.error() >= value.value()) {
        return "unbounded (an interval is wider than its score: too noisy to bound)";
      }
      double low = (value.value() - value.error()) / (baseline.value() + baseline.error());
      double high = (value.value() + value.error()) / (baseline.value() - baseline.error());
      return Numbers.ratio(low) + "–" + Numbers.ratio(high);
    }

    String format(Score score) {
      return Numbers.whole(score.value()) + " ± " + Numbers.whole(score.error()) + " " + unit;
    }
  }
}
