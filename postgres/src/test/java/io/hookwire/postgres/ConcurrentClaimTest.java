package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog.Claim;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Of 32 claims of one delivery made at once, by threads of four instances, exactly one is
 * acquired: the claim is a single statement, with nothing between a read and a write for another
 * claim to slip into.
 */
class ConcurrentClaimTest {
  private static final String TABLE = "log_concurrency_test";
  private static final int THREADS = 32;
  private static final int INSTANCES = 4;
  private static final int ROUNDS = 10;

  @RegisterExtension
  final OpenLogs logs = new OpenLogs(TABLE);

  private final List<PostgresDeliveryLog> instances = new ArrayList<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

  @BeforeEach
  void startInstances() {
    for (int i = 0; i < INSTANCES; i++) {
      instances.add(logs.open());
    }
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void exactlyOneOfManyConcurrentClaimsIsAcquired() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      DeliveryKey key = new DeliveryKey("r", "new-" + round, "body");

      Map<Claim, Integer> claims = claimAtOnce(key);

      assertEquals(Map.of(Claim.ACQUIRED, 1, Claim.IN_PROGRESS, THREADS - 1), claims, "round " + round);
    }
  }

  @Test
  void exactlyOneOfManyConcurrentClaimsTakesAnEndedLease() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      DeliveryKey key = new DeliveryKey("r", "abandoned-" + round, "body");
      PostgresDeliveryLog crashed = logs.open();
      crashed.claim(key);
      crashed.close();
      TestDatabase.execute("UPDATE " + TABLE + " SET lease_until = now() - interval '1 second'"
          + " WHERE delivery_id = 'abandoned-" + round + "'");

      Map<Claim, Integer> claims = claimAtOnce(key);

      assertEquals(Map.of(Claim.ACQUIRED, 1, Claim.IN_PROGRESS, THREADS - 1), claims, "round " + round);
    }
  }

  @Test
  void everyConcurrentClaimOfAHandledDeliveryFindsItHandled() throws Exception {
    DeliveryKey key = new DeliveryKey("r", "done", "body");
    instances.get(0).claim(key);
    instances.get(0).handled(key);

    assertEquals(Map.of(Claim.ALREADY_HANDLED, THREADS), claimAtOnce(key));
  }

  /** Claims {@code key} from every thread at once, spread over the instances: how many got each answer. */
  private Map<Claim, Integer> claimAtOnce(DeliveryKey key) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<Claim>> claims = new ArrayList<>();
    for (int thread = 0; thread < THREADS; thread++) {
      PostgresDeliveryLog instance = instances.get(thread % INSTANCES);
      claims.add(threads.submit(() -> {
        start.await(30, TimeUnit.SECONDS);
        return instance.claim(key);
      }));
    }
    Map<Claim, Integer> counts = new EnumMap<>(Claim.class);
    for (Future<Claim> claim : claims) {
      counts.merge(claim.get(60, TimeUnit.SECONDS), 1, Integer::sum);
    }
    return counts;
  }
}
