package io.hookwire.benchmarks.http;

/**
 * One measured run of one server.
 *
 * @param load what the client saw
 * @param serverCpuNanos the CPU time the server process used during the measurement window
 */
record HttpRun(LoadClient.Result load, long serverCpuNanos) {
  double serverCpuMicrosPerRequest() {
    return serverCpuNanos / 1000.0 / load.requests();
  }
}
