package io.hookwire.benchmarks.startup;

/**
 * One start-up probe's measurement.
 *
 * @param receivers how many receivers were discovered and mounted
 * @param buildNanos the time of {@code build()}: discovery, class loading, instances, readers
 * @param mountNanos the time of {@code mount}: start-up checks and Spark routes
 * @param retainedBytes the heap held afterwards, over the heap before
 * @param cpuNanos the CPU time of the thread that built and mounted
 */
record StartupSample(int receivers, long buildNanos, long mountNanos, long retainedBytes, long cpuNanos) {
  double totalMillis() {
    return (buildNanos + mountNanos) / 1e6;
  }

  double cpuMillis() {
    return cpuNanos / 1e6;
  }
}
