package io.hookwire.benchmarks.report;

/**
 * One bar of a chart: a ratio to the baseline measured in the same run, drawn by {@link Charts}.
 *
 * @param chart which chart it belongs to: {@link #HTTP}, {@link #PIPELINE} or {@link #VERIFIERS}
 * @param series what is compared with what, such as {@code "time, generated / hand-written"}; one
 *     colour and one legend entry per series
 * @param category where on the axis, such as the verifier's or the adapter's name
 * @param ratio the measured value over its baseline; 1.0 is the baseline
 */
public record Bar(String chart, String series, String category, double ratio) {
  /** The HTTP figure, in {@code docs/benchmarks-http.png}. */
  public static final String HTTP = "http";
  /** The pipeline figure, in {@code docs/benchmarks-pipeline.png}. */
  public static final String PIPELINE = "pipeline";
  /** The verifier figure, in {@code docs/benchmarks-verifiers.png}. */
  public static final String VERIFIERS = "verifiers";
}
