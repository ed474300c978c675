package io.hookwire.benchmarks.report;

/**
 * One line of the results table: a figure, the baseline it is compared with, its value, the
 * ratio to the baseline and the target that ratio (or value) should meet.
 *
 * @param figure what is measured
 * @param baseline what it is compared with, and that baseline's value
 * @param value the measured value, with its spread
 * @param ratio the value over the baseline, or an empty string when there is no ratio
 * @param target the target, in words
 * @param met whether the target is met
 */
public record Row(String figure, String baseline, String value, String ratio, String target, Verdict met) {

  /** Whether a row's target is met. */
  public enum Verdict {
    MET("yes"), MISSED("**no**"), INFORMATIVE("—");

    private final String text;

    Verdict(String text) {
      this.text = text;
    }

    /** {@link #MET} when {@code met}, else {@link #MISSED}. */
    public static Verdict of(boolean met) {
      return met ? MET : MISSED;
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
