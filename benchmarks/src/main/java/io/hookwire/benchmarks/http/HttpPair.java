package io.hookwire.benchmarks.http;

/**
 * One measurement of each variant, run back to back.
 *
 * @param hookwire the Hookwire route
 * @param handWritten the hand-written route
 */
record HttpPair(HttpRun hookwire, HttpRun handWritten) {
  double throughputRatio() {
    return hookwire.load().requestsPerSecond() / handWritten.load().requestsPerSecond();
  }

  double latencyRatio(double quantile) {
    return hookwire.load().latencyMicros(quantile) / handWritten.load().latencyMicros(quantile);
  }

  /** The hand-written server's CPU per request over Hookwire's: above 1 when Hookwire costs less. */
  double cpuEfficiency() {
    return handWritten.serverCpuMicrosPerRequest() / hookwire.serverCpuMicrosPerRequest();
  }
}
