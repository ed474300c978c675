package io.hookwire.benchmarks.jmh;

import io.hookwire.benchmarks.jmh.PipelineRows.Comparison;
import io.hookwire.benchmarks.report.Numbers;
import io.hookwire.benchmarks.report.Row;
import io.hookwire.benchmarks.report.Section;
import java.util.ArrayList;
import java.util.List;

/** Figure 5's rows: each verifier over a bare Mac of the same bytes, against 1.2. */
final class VerifierRows {
  private static final double TARGET = 1.2;
  private static final List<String> VERIFIERS =
      List.of("SlackSignature", "GitHubSignature", "StripeSignature", "StandardWebhooks", "SecretToken");

  private VerifierRows() {}

  static Section of(JmhResults results) {
    List<Row> rows = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (String verifier : VERIFIERS) {
      Comparison time = new Comparison("ns/op", results.time("verify", verifier), results.time("bareMac", verifier));
      rows.add(time.row("5. Verifier " + verifier, "bare Mac", TARGET));
      details.add(verifier + ": ratio within 99.9% intervals " + time.ratioBounds() + "; allocates "
          + Numbers.whole(results.allocation("verify", verifier).value()) + " B/op, bare Mac "
          + Numbers.whole(results.allocation("bareMac", verifier).value()) + " B/op");
    }
    return new Section(rows, details);
  }
}
