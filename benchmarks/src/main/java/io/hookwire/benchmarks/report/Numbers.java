package io.hookwire.benchmarks.report;

import java.util.Arrays;
import java.util.Locale;

/** Formatting and simple statistics of the figures, alike in every section. */
public final class Numbers {
  private Numbers() {}

  /** A ratio with two decimals: {@code 1.03}. */
  public static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.3f", ratio);
  }

  /** A whole number with thin grouping: {@code 12 345}. */
  public static String whole(double value) {
    return String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ');
  }

  /** A number with one decimal. */
  public static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The median of {@code values}; they are not modified. */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** {@code min–max} of {@code values}, formatted with {@code format}. */
  public static String range(double[] values, java.util.function.DoubleFunction<String> format) {
    double min = Arrays.stream(values).min().orElse(Double.NaN);
    double max = Arrays.stream(values).max().orElse(Double.NaN);
    return format.apply(min) + "–" + format.apply(max);
  }
}
