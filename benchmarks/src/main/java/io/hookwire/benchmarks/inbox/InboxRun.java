package io.hookwire.benchmarks.inbox;

import io.hookwire.benchmarks.http.LoadClient;

/**
 * One measured run of one server of the inbox figure.
 *
 * @param load what the client saw: only {@code 200} answers count in its rate and latencies
 * @param serverCpuNanos the CPU time the server process used during the measurement window
 * @param brokerCpuNanos the CPU time the broker process used during the same window
 */
record InboxRun(LoadClient.Result load, long serverCpuNanos, long brokerCpuNanos) {
  double requestsPerSecond() {
    return load.requestsPerSecond();
  }

  double latencyMicros(double quantile) {
    return load.latencyMicros(quantile);
  }

  double cpuMicrosPerRequest(long cpuNanos) {
    return cpuNanos / 1000.0 / load.requests();
  }
}
