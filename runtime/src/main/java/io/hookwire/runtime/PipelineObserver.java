package io.hookwire.runtime;

import java.util.function.IntSupplier;

/**
 * Told what the runtime does, for metrics. The default does nothing, so an application without a
 * meter registry loads no metrics class at all: {@link MicrometerObserver}, the one implementation
 * that uses Micrometer, is loaded only by {@link Hookwire.Builder#meterRegistry}, which keeps
 * Micrometer an optional dependency. Implementations are called on the threads that answer
 * requests, so they must be thread-safe and must not throw.
 */
interface PipelineObserver {
  /** Observes nothing. */
  PipelineObserver NONE = new PipelineObserver() {};

  /** Makes the observer of a {@link Hookwire}, given its count of deliveries under way. */
  @FunctionalInterface
  interface Factory {
    /** Observes nothing. */
    Factory NONE = running -> PipelineObserver.NONE;

    PipelineObserver create(IntSupplier deliveriesInFlight);
  }

  /** The start-up ran: {@code report} tells which receivers are mounted and which failed. */
  default void started(MountReport report) {}

  /**
   * A request was answered {@code status}, with {@code outcome}; {@code route} is {@code null} when
   * no receiver has the request's path, or the answer was given before routing.
   */
  default void answered(ReceiverRoute route, int status, DeliveryOutcome outcome) {}

  /** {@code route}'s generated receiver took {@code nanos} to bind a delivery and run its handler. */
  default void handlerTimed(ReceiverRoute route, long nanos) {}
}
