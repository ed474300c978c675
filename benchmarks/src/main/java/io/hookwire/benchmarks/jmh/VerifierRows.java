package io.hookwire.benchmarks.jmh;

import io.hookwire.benchmarks.jmh.PipelineRows.Comparison;
import io.hookwire.benchmarks.report.Bar;
import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Section;
import io.hookwire.benchmarks.verify.VerifierBenchmark;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 5's rows: each verifier over the bare cryptography of the same check, against 1.1 in
 * time; its allocation beyond the baseline's, against 64 bytes, in the detail lines.
 */
final class VerifierRows {
  private static final double TARGET = 1.1;
  private static final double MAX_EXTRA_BYTES = 64;

  private VerifierRows() {}

  static Section of(JmhResults results) {
    List<Row> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (String verifier : VerifierBenchmark.verifiers()) {
      Comparison time = new Comparison("ns/op", results.time("verify", verifier), results.time("baseline", verifier));
      String baseline = verifier.contains("Discord") || verifier.contains("Ed25519")
          ? "bare Signature.verify" : "bare Mac";
      rows.add(time.row("5. Verifier " + verifier, baseline, TARGET));
      bars.add(new Bar(Bar.VERIFIERS, "time, verifier / " + baseline, verifier, time.ratio()));
      double allocated = results.allocation("verify", verifier).value();
      double baselineAllocated = results.allocation("baseline", verifier).value();
      double extra = allocated - baselineAllocated;
      details.add(verifier + ": ratio within 99.9% intervals " + time.ratioBounds() + "; allocates "
          + Numbers.whole(allocated) + " B/op, " + baseline + " " + Numbers.whole(baselineAllocated)
          + " B/op: " + Numbers.whole(extra) + " B more (target ≤ " + Numbers.whole(MAX_EXTRA_BYTES) + ": "
          + (extra <= MAX_EXTRA_BYTES ? "met" : "**missed**") + ")");
    }
    return new Section(rows, details, bars);
  }
}
