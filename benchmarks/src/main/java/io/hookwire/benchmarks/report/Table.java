package io.hookwire.benchmarks.report;

import java.util.List;

/** Prints the rows as one Markdown table. */
public final class Table {
  private Table() {}

  /** The table, header included, one row per line. */
  public static String markdown(List<Row> rows) {
    StringBuilder table = new StringBuilder()
        .append("| figure | baseline | value | ratio | target | met? |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      table.append("| ").append(String.join(" | ",
          row.figure(), row.baseline(), row.value(), row.ratio(), row.target(), row.met().toString()))
          .append(" |\n");
    }
    return table.toString();
  }
}
