package io.hookwire.benchmarks.report;

import java.util.List;

/**
 * What one benchmark reports: its rows of the table, and detail lines (every repetition, the
 * spread) printed under it so the table can be read with its noise.
 *
 * @param rows rows of the results table
 * @param details free-text lines
 */
public record Section(List<Row> rows, List<String> details) {
  /** A copy that owns its lists. */
  public Section {
    rows = List.copyOf(rows);
    details = List.copyOf(details);
  }
}
