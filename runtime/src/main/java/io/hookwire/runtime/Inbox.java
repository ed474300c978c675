package io.hookwire.runtime;

import io.hookwire.runtime.spi.InboxUnavailableException;
import io.hookwire.runtime.spi.StoredDelivery;
import io.hookwire.runtime.spi.StoredDeliveryHandler;
import java.time.Duration;

/**
 * A durable store of deliveries, so that a delivery is acknowledged as soon as it is stored and
 * handled afterwards, on this instance or another. Given to {@link Hookwire.Builder#inbox}; the
 * {@code hookwire-kafka} module's {@code KafkaInbox} is one.
 *
 * <p>With an inbox, a request is still routed, size-checked, verified and bound while its sender
 * waits, so that a forged delivery is refused with {@code 403} and a malformed one with
 * {@code 400}. A handler that returns a value still runs at once, since its value is the answer. A
 * delivery whose handler returns nothing ({@code void}) is {@linkplain #store stored} instead,
 * and answered {@code 200 OK} only once the inbox says it is stored; when it cannot be stored in
 * time, the answer is {@code 503} with {@code Retry-After} and the sender retries. The inbox hands
 * the stored deliveries back to the handler given to {@link #start}, which runs their handlers.
 *
 * <p>{@link Hookwire} calls {@link #start} once, from its start-up, and {@link #stop} once, from
 * {@link Hookwire#stop(Duration)}, whether or not it started the inbox. An implementation must be thread-safe: {@link #store} is called
 * from every request thread at once.
 */
public interface Inbox {

  /**
   * Stores {@code delivery} durably and returns once it is stored. Must return or throw within a
   * bounded time, shorter than the senders' own timeouts (Slack waits 3 seconds), since the
   * sender is waiting for its answer.
   *
   * @throws InboxUnavailableException if the delivery could not be stored in time; it may still be
   *     stored later, so {@link #start handling} must tolerate a delivery stored twice (the
   *     delivery log recognises repeats by their delivery id)
   */
  void store(StoredDelivery delivery) throws InboxUnavailableException;

  /**
   * Starts handing the stored deliveries to {@code handler}, in the background, until
   * {@link #stop}. A delivery is stored until {@code handler} returns normally for it; when it
   * throws, the inbox retries it later, and after its last attempt keeps it aside (a dead-letter
   * store) rather than blocking the deliveries after it.
   */
  void start(StoredDeliveryHandler handler);

  /**
   * Stops handing out deliveries: waits up to {@code timeout} for the handlers under way, then
   * interrupts them. A delivery whose handler did not finish stays stored, for another instance or
   * the next start to handle.
   *
   * @return whether every handler under way finished within the timeout
   */
  boolean stop(Duration timeout) throws InterruptedException;
}
