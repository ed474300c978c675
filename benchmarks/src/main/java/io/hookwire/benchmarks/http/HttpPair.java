package io.hookwire.benchmarks.http;

/**
 * One measurement of each variant, run back to back.
 *
 * @param hookwire the Hookwire route
 * @param handWritten the hand-written route
 */
record HttpPair(LoadClient.Result hookwire, LoadClient.Result handWritten) {
  double throughputRatio() {
    return hookwire.requestsPerSecond() / handWritten.requestsPerSecond();
  }

  double latencyRatio(double quantile) {
    return hookwire.latencyMicros(quantile) / handWritten.latencyMicros(quantile);
  }
}
