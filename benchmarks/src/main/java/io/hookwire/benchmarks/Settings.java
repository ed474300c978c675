package io.hookwire.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How long and how often to measure. The full run repeats enough to read a few percent; the
 * quick one only shows that everything works and roughly where it stands.
 *
 * @param quick whether this is the quick run
 * @param parts which parts to run: {@code jmh}, {@code http}, {@code compile}, {@code startup},
 *     {@code inbox}
 * @param workDir where to write logs, generated sources and compiled receivers
 */
public record Settings(boolean quick, Set<String> parts, Path workDir) {
  /** Every part, in the order they run. */
  public static final List<String> ALL_PARTS = List.of("jmh", "http", "compile", "startup", "inbox");

  /** Reads {@code --quick}, {@code --only=jmh,http} and {@code --work=DIR}. */
  public static Settings parse(String[] args) {
    boolean quick = false;
    Set<String> parts = Set.copyOf(ALL_PARTS);
    Path workDir = Path.of("benchmarks", "target", "bench-work");
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.startsWith("--only=")) {
        parts = Set.copyOf(Arrays.asList(arg.substring("--only=".length()).split(",")));
      } else if (arg.startsWith("--work=")) {
        workDir = Path.of(arg.substring("--work=".length()));
      } else {
        throw new IllegalArgumentException("unknown argument " + arg
            + "; expected --quick, --only=" + String.join(",", ALL_PARTS) + " or --work=DIR");
      }
    }
    return new Settings(quick, parts, workDir.toAbsolutePath());
  }

  /** Whether {@code part} should run. */
  public boolean runs(String part) {
    return parts.contains(part);
  }

  /** {@code quick} in the quick run, else {@code full}. */
  public int pick(int quickValue, int fullValue) {
    return quick ? quickValue : fullValue;
  }
}
