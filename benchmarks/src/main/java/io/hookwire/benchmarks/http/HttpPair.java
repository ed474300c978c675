package io.hookwire.benchmarks.http;

/**
 * One measurement of each server of a comparison, run back to back.
 *
 * @param candidate the server under test
 * @param baseline the server it is measured against
 */
record HttpPair(HttpRun candidate, HttpRun baseline) {
  double throughputRatio() {
    return candidate.load().requestsPerSecond() / baseline.load().requestsPerSecond();
  }

  double latencyRatio(double quantile) {
    return candidate.load().latencyMicros(quantile) / baseline.load().latencyMicros(quantile);
  }

  /** The candidate's server CPU per request over the baseline's: below 1 when the candidate costs less. */
  double cpuRatio() {
    return candidate.serverCpuMicrosPerRequest() / baseline.serverCpuMicrosPerRequest();
  }
}
