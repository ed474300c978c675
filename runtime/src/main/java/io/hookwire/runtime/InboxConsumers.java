package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops an {@link Inbox}'s consumers with the {@link Hookwire} that stores in it: they
 * start once the start-up has mounted the receivers whose deliveries they handle, and stop after
 * the requests under way. Does nothing without an inbox.
 */
final class InboxConsumers {
  private static final Logger LOG = LoggerFactory.getLogger(InboxConsumers.class);

  private final Inbox inbox;
  private final ObjectMapper mapper;
  private final DeliveryDeduplicator deduplicator;
  private boolean started;
  private boolean stopped;

  /** The consumers of {@code inbox}, {@code null} for none. */
  InboxConsumers(Inbox inbox, ObjectMapper mapper, DeliveryDeduplicator deduplicator) {
    this.inbox = inbox;
    this.mapper = mapper;
    this.deduplicator = deduplicator;
  }

  /**
   * Starts the consumers for the receivers {@code startup} mounted; not in a start-up that failed,
   * nor after {@link #stop}.
   */
  synchronized void start(Startup startup) {
    if (inbox == null || started || stopped) {
      return;
    }
    try {
      startup.rethrowFailure();
    } catch (WebhookSetupException e) {
      LOG.error("The inbox's consumers are not started: the start-up failed");
      return;
    }
    inbox.start(new InboxDispatcher(startup.connected(), mapper, deduplicator));
    started = true;
  }

  /**
   * Stops the inbox, once: its consumers, waiting up to {@code timeout} for the handlers under way,
   * and what it holds open even when never started, such as a producer.
   *
   * @return whether every handler finished in time
   */
  synchronized boolean stop(Duration timeout) throws InterruptedException {
    if (inbox == null || stopped) {
      return true;
    }
    stopped = true;
    return inbox.stop(timeout);
  }
}
