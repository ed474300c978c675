package io.hookwire.benchmarks.http;

import java.util.List;

/**
 * One comparison of figure 2: a candidate server against its baseline, under the same load.
 *
 * @param name how the rows name the candidate
 * @param baseline the server measured against
 * @param candidate the server under test
 * @param minThroughput the least candidate/baseline ratio of requests per second that meets the
 *     target; {@code NaN} when the comparison is only reported
 * @param maxCpu the most candidate/baseline ratio of server CPU per request that meets the target;
 *     {@code NaN} when only reported
 */
record Comparison(String name, ServerVariant baseline, ServerVariant candidate, double minThroughput, double maxCpu) {
  /** Every comparison of the figure, in the order of the report. */
  static final List<Comparison> ALL = List.of(
      new Comparison("Spark adapter", ServerVariant.SPARK_HAND_WRITTEN, ServerVariant.SPARK_HOOKWIRE, 0.95, 1.05),
      new Comparison("Jetty 12 adapter", ServerVariant.JETTY_RAW, ServerVariant.JETTY_HOOKWIRE, 0.9, 1.1),
      new Comparison("servlet adapter", ServerVariant.JETTY_RAW, ServerVariant.SERVLET_HOOKWIRE, Double.NaN, Double.NaN));

  /** Whether the comparison has targets, rather than being reported only. */
  boolean hasTargets() {
    return !Double.isNaN(minThroughput);
  }
}
