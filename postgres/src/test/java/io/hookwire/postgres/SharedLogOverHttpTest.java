package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.postgres.receivers.OrderEvents;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three instances of an application behind a load balancer, each a server with its own
 * Hookwire and pool, share one log: a delivery sent to two of them at once is handled exactly once,
 * and when the database fails, deliveries are refused for now rather than acknowledged.
 */
class SharedLogOverHttpTest {
  private static final String TABLE = "log_http_test";
  private static final int INSTANCES = 3;
  private static final int DELIVERIES = 300;

  private final OrderEvents.Handled handled = new OrderEvents.Handled();
  private final List<Instance> instances = new ArrayList<>();

  @BeforeEach
  void startInstances() throws Exception {
    TestDatabase.drop(TABLE);
    for (int i = 0; i < INSTANCES; i++) {
      instances.add(Instance.start(TABLE, handled));
    }
  }

  @AfterEach
  void stopInstances() throws Exception {
    handled.release();
    for (Instance instance : instances) {
      instance.close();
    }
  }

  @Test
  void everyDeliverySentToTwoInstancesAtOnceIsHandledExactlyOnce() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < DELIVERIES; i++) {
        String id = "delivery-" + i;
        String body = "order " + i;
        Instance one = instances.get(i % INSTANCES);
        Instance another = instances.get((i + 1) % INSTANCES);
        answers.add(senders.submit(() -> sendUntilAnswered(one, body, id)));
        answers.add(senders.submit(() -> sendUntilAnswered(another, body, id)));
      }
      for (Future<Integer> answer : answers) {
        assertEquals(200, answer.get(120, TimeUnit.SECONDS));
      }
    } finally {
      senders.shutdownNow();
    }
    for (int i = 0; i < DELIVERIES; i++) {
      assertEquals(1, handled.times("order " + i), "delivery " + i);
    }
    // The id and, as the id is not signed, the body alone: both recorded as handled.
    assertEquals(2L * DELIVERIES, TestDatabase.count("SELECT count(*) FROM " + TABLE + " WHERE state = 'handled'"));
  }

  @Test
  void aCopyArrivingAtAnotherInstanceWhileTheFirstIsHandledIsToldToRetryLater() throws Exception {
    CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> send(instances.get(0), "hold", "held"));
    assertTrue(handled.awaitHolding(30, TimeUnit.SECONDS), "the first delivery never reached its handler");

    HttpResponse<String> copy = instances.get(1).deliver("hold", "held");
    assertEquals(409, copy.statusCode());
    assertEquals("5", copy.headers().firstValue("Retry-After").orElse(null));

    handled.release();
    assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
    assertEquals(200, instances.get(2).deliver("hold", "held").statusCode());
    assertEquals(1, handled.times("hold"));
  }

  @Test
  void whileTheDatabaseFailsDeliveriesAreRefusedForNowAndHandledOnceItIsBack() throws Exception {
    TestDatabase.execute("ALTER TABLE " + TABLE + " RENAME TO " + TABLE + "_away");
    try {
      HttpResponse<String> refused = instances.get(0).deliver("during outage", "outage-1");

      assertEquals(503, refused.statusCode());
      assertEquals("30", refused.headers().firstValue("Retry-After").orElse(null));
      assertEquals("Service unavailable.", refused.body());
      assertEquals(0, handled.times("during outage"));
    } finally {
      TestDatabase.execute("ALTER TABLE " + TABLE + "_away RENAME TO " + TABLE);
    }

    assertEquals(200, instances.get(1).deliver("during outage", "outage-1").statusCode());
    assertEquals(200, instances.get(2).deliver("during outage", "outage-1").statusCode());
    assertEquals(1, handled.times("during outage"));
  }

  /** What a sender does: retries a delivery answered 409 until it gets another answer. */
  private static int sendUntilAnswered(Instance instance, String body, String id) throws Exception {
    for (int attempt = 0; attempt < 1000; attempt++) {
      int status = instance.deliver(body, id).statusCode();
      if (status != 409) {
        return status;
      }
      Thread.onSpinWait();
    }
    return 409;
  }

  private static HttpResponse<String> send(Instance instance, String body, String id) {
    try {
      return instance.deliver(body, id);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
