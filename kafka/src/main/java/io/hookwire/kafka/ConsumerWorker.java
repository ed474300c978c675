package io.hookwire.kafka;

import io.hookwire.runtime.spi.StoredDelivery;
import io.hookwire.runtime.spi.StoredDeliveryException;
import io.hookwire.runtime.spi.StoredDeliveryHandler;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer of the inbox's group, on its own thread: hands each record of its partitions to
 * the handler, in offset order, and commits the offset after a record is done with (handled, or
 * sent to the dead-letter topic).
 *
 * <p>A record whose handler fails is retried without blocking the thread: its partition is sought
 * back to it and paused for the backoff, while the consumer goes on polling its other partitions;
 * once the wait is over the partition is resumed and the record fetched again. After the last
 * attempt the record goes to the dead-letter topic and its partition moves on, so a poison record
 * holds its own partition for at most the sum of the backoffs, and the others not at all. The count
 * of attempts is this consumer's: after a rebalance the new owner of a partition starts again.
 *
 * <p>Stopping ({@link #shutdown}) lets the record under way finish, commits what was done and
 * closes the consumer, which hands its partitions to the group's other members. A handler
 * interrupted by a stop that did not wait for it leaves its record uncommitted, for another
 * consumer to handle.
 */
final class ConsumerWorker implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerWorker.class);
  private static final Duration IDLE_POLL = Duration.ofSeconds(1);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
  // Not the client's default minute: a stop with the broker gone must not hang for it.
  private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(5);

  private final Consumer<byte[], byte[]> consumer;
  private final String topic;
  private final StoredDeliveryHandler handler;
  private final InboxProducer producer;
  private final int maxAttempts;
  private final Backoff backoff;
  private final Map<TopicPartition, Retry> retries = new HashMap<>();
  private final Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
  private volatile boolean running = true;

  /** The next attempt at the record at {@code offset}, due at {@code dueNanos}. */
  private record Retry(long offset, int failedAttempts, long dueNanos) {}

  ConsumerWorker(Consumer<byte[], byte[]> consumer, String topic, StoredDeliveryHandler handler,
      InboxProducer producer, int maxAttempts, Backoff backoff) {
    this.consumer = consumer;
    this.topic = topic;
    this.handler = handler;
    this.producer = producer;
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
  }

  /** Asks the worker to stop after the record under way; returns at once. */
  void shutdown() {
    running = false;
    consumer.wakeup();
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(topic), new Rebalance());
      while (running) {
        pollAndHandle();
      }
    } catch (WakeupException | InterruptException e) {
      // The stop's wake-up or interrupt: the loop ends, and close() commits what was done.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }

  /**
   * One poll and its records. A failure of the consumer itself (the broker gone for longer than a
   * request's timeout, a rebalance's commit refused) is logged and the loop goes on after a pause:
   * the consumer must not end, or its instance would stop handling deliveries for good.
   */
  private void pollAndHandle() throws InterruptedException {
    try {
      ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout());
      resumeDue();
      handleAll(records);
      commit();
    } catch (WakeupException | InterruptException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error("The inbox consumer of {} failed; polling again in {} ms: {}", topic, PAUSE_AFTER_FAILURE.toMillis(),
          e.toString());
      Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
    }
  }

  private void handleAll(ConsumerRecords<byte[], byte[]> records) {
    for (TopicPartition partition : records.partitions()) {
      for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
        if (!running || !handle(partition, record)) {
          break;
        }
      }
      if (!running) {
        return;
      }
    }
  }

  /** Whether the partition may go on to its next record. */
  private boolean handle(TopicPartition partition, ConsumerRecord<byte[], byte[]> record) {
    Retry retry = retries.get(partition);
    int attempt = retry != null && retry.offset() == record.offset() ? retry.failedAttempts() + 1 : 1;
    try {
      StoredDelivery delivery = DeliveryCodec.decode(record.value());
      handler.handle(delivery);
      return done(partition, record);
    } catch (UndecodableRecordException | StoredDeliveryException e) {
      LOG.error("{}: the record at offset {} cannot be handled ({}); sending it to the dead-letter topic",
          partition, record.offset(), e.getMessage());
      return deadLetter(partition, record, e, attempt);
    } catch (Exception | Error e) {
      rethrowIfFatal(e);
      return failed(partition, record, e, attempt);
    }
  }

  private boolean failed(TopicPartition partition, ConsumerRecord<byte[], byte[]> record, Throwable e, int attempt) {
    if (!running) {
      // Stopping, as when the stop interrupted the handler: the record stays for another consumer.
      LOG.info("{}: the record at offset {} was not handled before the stop; left for another consumer",
          partition, record.offset());
      return false;
    }
    if (attempt >= maxAttempts) {
      LOG.error("{}: the record at offset {} failed {} times; sending it to the dead-letter topic",
          partition, record.offset(), attempt, e);
      return deadLetter(partition, record, e, attempt);
    }
    Duration wait = backoff.after(attempt);
    LOG.warn("{}: the record at offset {} failed (attempt {} of {}), retried in {} ms: {}", partition,
        record.offset(), attempt, maxAttempts, wait.toMillis(), e.toString());
    retryLater(partition, record.offset(), attempt, wait);
    return false;
  }

  private boolean deadLetter(TopicPartition partition, ConsumerRecord<byte[], byte[]> record, Throwable e, int attempt) {
    try {
      producer.deadLetter(record, e, attempt);
      return done(partition, record);
    } catch (Exception failure) {
      rethrowIfInterrupted(failure);
      // The record stays where it is until the dead-letter topic takes it: it is never dropped.
      Duration wait = backoff.after(maxAttempts);
      LOG.error("{}: the record at offset {} could not be sent to the dead-letter topic; tried again in {} ms: {}",
          partition, record.offset(), wait.toMillis(), failure.toString());
      retryLater(partition, record.offset(), attempt - 1, wait);
      return false;
    }
  }

  private boolean done(TopicPartition partition, ConsumerRecord<byte[], byte[]> record) {
    retries.remove(partition);
    this.done.put(partition, new OffsetAndMetadata(record.offset() + 1));
    return true;
  }

  private void retryLater(TopicPartition partition, long offset, int failedAttempts, Duration wait) {
    retries.put(partition, new Retry(offset, failedAttempts, System.nanoTime() + wait.toNanos()));
    consumer.seek(partition, offset);
    consumer.pause(Set.of(partition));
  }

  private void resumeDue() {
    long now = System.nanoTime();
    retries.forEach((partition, retry) -> {
      if (retry.dueNanos() - now <= 0 && consumer.paused().contains(partition)) {
        consumer.resume(Set.of(partition));
      }
    });
  }

  private Duration pollTimeout() {
    long now = System.nanoTime();
    long untilDue = retries.values().stream().mapToLong(retry -> retry.dueNanos() - now).min().orElse(Long.MAX_VALUE);
    return untilDue >= IDLE_POLL.toNanos() ? IDLE_POLL : Duration.ofNanos(Math.max(untilDue, 1_000_000));
  }

  private void commit() {
    if (done.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(Map.copyOf(done), COMMIT_TIMEOUT);
      done.clear();
    } catch (RetriableException e) {
      // Kept for the next commit, which covers these offsets as well.
      LOG.warn("The inbox consumer of {} could not commit yet; trying again after the next poll: {}", topic,
          e.toString());
    } catch (CommitFailedException e) {
      // The partitions went to another member meanwhile: it handles those records again, and the
      // delivery log recognises the deliveries already handled.
      LOG.warn("The inbox consumer of {} lost its partitions before committing: {}", topic, e.toString());
      done.clear();
    }
  }

  /** Commits what was done, even after a wake-up or an interrupt, then leaves the group. */
  private void close() {
    boolean interrupted = Thread.interrupted();
    try {
      for (int tries = 0; tries < 2 && !done.isEmpty(); tries++) {
        try {
          commit();
        } catch (WakeupException e) {
          // The stop's wake-up, not yet consumed by a poll: the next try commits.
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("The inbox consumer of {} could not commit on stopping; those records will be handled again,"
          + " and recognised by their delivery ids: {}", topic, e.toString());
    } finally {
      try {
        consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
      } catch (RuntimeException e) {
        LOG.warn("The inbox consumer of {} did not close cleanly: {}", topic, e.toString());
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void rethrowIfFatal(Throwable e) {
    if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
      throw (VirtualMachineError) e;
    }
  }

  private static void rethrowIfInterrupted(Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }

  /** Commits a partition's records done before it goes to another member, and forgets its retry. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
      for (TopicPartition partition : partitions) {
        OffsetAndMetadata offset = done.remove(partition);
        if (offset != null) {
          leaving.put(partition, offset);
        }
        retries.remove(partition);
      }
      if (!leaving.isEmpty()) {
        consumer.commitSync(leaving, COMMIT_TIMEOUT);
      }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      partitions.forEach(partition -> {
        done.remove(partition);
        retries.remove(partition);
      });
    }
  }
}
