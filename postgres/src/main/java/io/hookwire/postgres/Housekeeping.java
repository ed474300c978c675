package io.hookwire.postgres;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log's background work, on one daemon thread, away from any claim: renewing the leases of
 * the claims held here, and purging old rows. A failure is logged and the work goes on at its next
 * turn: a database that is away now may be back then.
 */
final class Housekeeping {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresDeliveryLog.class);

  private final TableName table;
  private final Duration renewEvery;
  private final Runnable renew;
  private final Duration purgeEvery;
  private final Runnable purge;
  private final ScheduledExecutorService thread;
  private volatile boolean stopped;

  Housekeeping(TableName table, Duration renewEvery, Runnable renew, Duration purgeEvery, Runnable purge) {
    this.table = table;
    this.renewEvery = renewEvery;
    this.renew = renew;
    this.purgeEvery = purgeEvery;
    this.purge = purge;
    this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread daemon = new Thread(runnable, "hookwire-delivery-log-" + table);
      daemon.setDaemon(true);
      return daemon;
    });
  }

  void start() {
    every(renewEvery, renew, "renew the leases of the claims it holds; they may end while their deliveries run");
    every(purgeEvery, purge, "purge old rows; it tries again later");
  }

  void stop() {
    stopped = true;
    thread.shutdown();
  }

  boolean stopped() {
    return stopped;
  }

  // With a fixed delay, a slow turn (a purge of many rows) pushes the next one back, never piles up.
  private void every(Duration period, Runnable work, String failure) {
    long millis = period.toMillis();
    thread.scheduleWithFixedDelay(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.warn("The delivery log on table {} could not {}", table, failure, e);
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
  }
}
