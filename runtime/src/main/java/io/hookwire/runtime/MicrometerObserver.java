package io.hookwire.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Hookwire's metrics, in a Micrometer {@link MeterRegistry}. Every tag value is fixed or chosen by
 * the application: the receiver's name from {@code @Webhook(name)} (or {@value #NO_RECEIVER}), the
 * status, the {@link DeliveryOutcome}, the start-up state. Never a path, a path parameter, a
 * delivery id or any other text a sender controls, which would carry secrets into the metrics
 * and let a sender create series without bound. See docs/operations.md for each meter.
 *
 * <p>The only class of the runtime that refers to Micrometer: loaded only when the application
 * called {@link Hookwire.Builder#meterRegistry}.
 */
final class MicrometerObserver implements PipelineObserver {
  static final String DELIVERIES = "hookwire.deliveries";
  static final String HANDLER_DURATION = "hookwire.handler.duration";
  static final String ACTIVE = "hookwire.deliveries.active";
  static final String RECEIVERS = "hookwire.receivers";
  /** The receiver tag of an answer given without a receiver: a path no receiver has, a stop. */
  static final String NO_RECEIVER = "none";

  private final MeterRegistry registry;
  private final Meter.MeterProvider<Counter> deliveries;
  private final Meter.MeterProvider<Timer> handlerDuration;

  private MicrometerObserver(MeterRegistry registry, IntSupplier deliveriesInFlight) {
    this.registry = registry;
    this.deliveries = Counter.builder(DELIVERIES)
        .description("Requests to Hookwire's receivers, by receiver, status and outcome")
        .withRegistry(registry);
    this.handlerDuration = Timer.builder(HANDLER_DURATION)
        .description("Time a receiver took to bind a delivery and run its handler")
        .withRegistry(registry);
    // A strong reference: the supplier is made here, and a weakly held one would be collected.
    Gauge.builder(ACTIVE, deliveriesInFlight, IntSupplier::getAsInt)
        .description("Requests to Hookwire's receivers under way, from their head to their answer")
        .strongReference(true)
        .register(registry);
  }

  /** The factory of observers that record into {@code registry}. */
  static PipelineObserver.Factory factory(MeterRegistry registry) {
    return deliveriesInFlight -> new MicrometerObserver(registry, deliveriesInFlight);
  }

  @Override
  public void started(MountReport report) {
    report.mounted().forEach(route -> receiverState(route.name(), "mounted"));
    report.failed().keySet().forEach(name -> receiverState(name, "failed"));
  }

  @Override
  public void answered(ReceiverRoute route, int status, DeliveryOutcome outcome) {
    deliveries.withTags("receiver", receiverTag(route), "status", Integer.toString(status),
        "outcome", outcome.tag()).increment();
  }

  @Override
  public void handlerTimed(ReceiverRoute route, long nanos) {
    handlerDuration.withTags("receiver", route.name()).record(nanos, TimeUnit.NANOSECONDS);
  }

  private void receiverState(String receiver, String state) {
    Gauge.builder(RECEIVERS, () -> 1)
        .description("Hookwire's receivers after start-up, by state: mounted, or failed to connect")
        .tags("receiver", receiver, "state", state)
        .register(registry);
  }

  private static String receiverTag(ReceiverRoute route) {
    return route == null ? NO_RECEIVER : route.name();
  }
}
