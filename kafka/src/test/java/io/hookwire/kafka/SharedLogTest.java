package io.hookwire.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.kafka.receivers.Ledger;
import io.hookwire.runtime.InMemoryDeliveryLog;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/**
 * Three instances, one broker, one shared delivery log: every delivery, sent to two instances at
 * once as a sender that retries too eagerly or a proxy that duplicates does, is handled exactly
 * once.
 *
 * <p>{@code -Dhookwire.kafka.deliveries=N} sets how many (2,000 by default). The log is the
 * fixture's parameter ({@link SharedLogs}): one {@link InMemoryDeliveryLog} shared by the three
 * in-JVM instances, and a {@code PostgresDeliveryLog} per instance on one table.
 */
class SharedLogTest {
  private static final int DELIVERIES = Integer.getInteger("hookwire.kafka.deliveries", 2_000);
  private static final int INSTANCES = 3;
  private static final int REQUESTS_AT_ONCE = 32;
  private static final Duration WAIT = Duration.ofSeconds(120);

  private final Ledger ledger = new Ledger();

  @Test
  void withOneInMemoryLogDeliveriesSentToTwoInstancesAtOnceAreEachHandledExactlyOnce() throws Exception {
    try (SharedLogs logs = SharedLogs.inMemory()) {
      assertEachHandledOnce(logs);
    }
  }

  @Test
  void withThePostgresLogDeliveriesSentToTwoInstancesAtOnceAreEachHandledExactlyOnce() throws Exception {
    try (SharedLogs logs = SharedLogs.postgres()) {
      assertEachHandledOnce(logs);
    }
  }

  private void assertEachHandledOnce(SharedLogs logs) throws Exception {
    String topic = Broker.uniqueTopic("shared");
    List<Instance> instances = new ArrayList<>();
    try {
      for (int i = 0; i < INSTANCES; i++) {
        instances.add(Instance.start("instance-" + i, Broker.shared(), topic, ledger, logs.next(),
            inbox -> inbox.partitions(6).consumers(2)));
      }

      List<CompletableFuture<HttpResponse<String>>> answers = sendEachToTwo(instances);

      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        assertEquals(200, answer.get().statusCode());
      }
      assertTrue(Broker.shared().awaitConsumed(topic, topic, WAIT), "every stored copy consumed");
      Map<String, List<String>> handled = ledger.handled();
      assertEquals(DELIVERIES, handled.size());
      handled.forEach((id, by) -> assertEquals(1, by.size(), id + " handled by " + by));
      for (int i = 0; i < DELIVERIES; i++) {
        assertEquals(1, ledger.attempts("d-" + i), "handler calls for d-" + i);
      }
    } finally {
      for (Instance instance : instances) {
        instance.close();
      }
    }
  }

  /** Sends delivery {@code d-i} to instances {@code i} and {@code i + 1} (of three) at once. */
  private static List<CompletableFuture<HttpResponse<String>>> sendEachToTwo(List<Instance> instances)
      throws InterruptedException {
    Semaphore places = new Semaphore(REQUESTS_AT_ONCE);
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < DELIVERIES; i++) {
      for (int copy = 0; copy < 2; copy++) {
        places.acquire();
        Instance target = instances.get((i + copy) % INSTANCES);
        answers.add(target.postAsync("record", "d-" + i).whenComplete((answer, failure) -> places.release()));
      }
    }
    return answers;
  }
}
