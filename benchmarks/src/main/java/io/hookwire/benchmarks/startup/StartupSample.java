package io.hookwire.benchmarks.startup;

/**
 * One start-up probe's measurement.
 *
 * @param receivers how many receivers were discovered and mounted
 * @param buildNanos the time of {@code build()}: discovery, class loading, instances, readers
 * @param mountNanos the time of {@code mount}: start-up checks and Spark routes
 * @param retainedBytes the heap held afterwards, over the heap before
 */
record StartupSample(int receivers, long buildNanos, long mountNanos, long retainedBytes) {
  double totalMillis() {
    return (buildNanos + mountNanos) / 1e6;
  }
}
