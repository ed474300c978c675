package io.hookwire.benchmarks.report;

import java.util.List;

/**
 * What one benchmark reports: its rows of the table, and detail lines (every repetition, the
 * spread) printed under it so the table can be read with its noise.
 *
 * @param rows rows of the results table
 * @param details free-text lines
 * @param bars the figures drawn as charts, if any
 */
public record Section(List<Row> rows, List<String> details, List<Bar> bars) {
  /** A copy that owns its lists. */
  public Section {
    rows = List.copyOf(rows);
    details = List.copyOf(details);
    bars = List.copyOf(bars);
  }

  /** A section drawn in no chart. */
  public Section(List<Row> rows, List<String> details) {
    this(rows, details, List.of());
  }
}
