package io.hookwire.runtime.spi;

/**
 * Runs the handler of a stored delivery: what {@link io.hookwire.runtime.Hookwire} gives its
 * {@link io.hookwire.runtime.Inbox} when it starts. For inbox implementations.
 */
@FunctionalInterface
public interface StoredDeliveryHandler {

  /**
   * Handles {@code delivery}: returns normally when it was handled, or needs no handling (handled
   * before, by this instance or another that shares the delivery log). Called by one thread at a
   * time for a delivery, by any number of threads for different ones.
   *
   * @throws StoredDeliveryException if the delivery can never be handled as stored (no receiver has
   *     its name, its body no longer binds): the inbox should set it aside at once
   * @throws Exception whatever the handler threw, or a claim held elsewhere: the inbox should try
   *     again later
   */
  void handle(StoredDelivery delivery) throws Exception;
}
