package io.hookwire.benchmarks.inbox;

/**
 * One measurement of each handling mode with one handler time, run back to back.
 *
 * @param inbox the server storing deliveries in the Kafka inbox
 * @param inline the server running the handler before it answers
 */
record InboxPair(InboxRun inbox, InboxRun inline) {
  double throughputRatio() {
    return inbox.requestsPerSecond() / inline.requestsPerSecond();
  }

  double latencyRatio(double quantile) {
    return inbox.latencyMicros(quantile) / inline.latencyMicros(quantile);
  }

  /** The run of {@code mode}. */
  InboxRun of(HandlingMode mode) {
    return mode == HandlingMode.INBOX ? inbox : inline;
  }
}
