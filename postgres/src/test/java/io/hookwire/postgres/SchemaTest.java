package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog.Claim;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The log's table is created when absent, also by instances starting at once, and reused when there. */
class SchemaTest {
  private static final String TABLE = "log_schema_test";
  private static final String SCHEMA = "hookwire_schema_test";
  private static final DeliveryKey KEY = new DeliveryKey("r", "1", "body");

  private final List<PostgresDeliveryLog> logs = new ArrayList<>();

  @AfterEach
  void closeLogs() {
    logs.forEach(PostgresDeliveryLog::close);
  }

  private PostgresDeliveryLog open(String table) {
    PostgresDeliveryLog log = PostgresDeliveryLog.builder(TestDatabase.dataSource()).table(table).build();
    logs.add(log);
    return log;
  }

  @Test
  void theTableIsCreatedWithItsIndexWhenAbsent() {
    TestDatabase.drop(TABLE);

    open(TABLE);

    assertEquals(7, TestDatabase.count("SELECT count(*) FROM information_schema.columns WHERE table_name = '"
        + TABLE + "' AND column_name IN ('receiver', 'delivery_id', 'body_digest', 'state', 'claim_token',"
        + " 'lease_until', 'updated_at')"));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM pg_indexes WHERE tablename = '" + TABLE
        + "' AND indexdef LIKE '%(receiver, delivery_id, body_digest)'"));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM pg_indexes WHERE tablename = '" + TABLE
        + "' AND indexname = '" + TABLE + "_updated_at'"));
  }

  @Test
  void aTableAlreadyThereIsReusedWithItsRows() {
    TestDatabase.drop(TABLE);
    PostgresDeliveryLog before = open(TABLE);
    before.claim(KEY);
    before.handled(KEY);
    before.close();

    PostgresDeliveryLog after = open(TABLE);

    assertEquals(Claim.ALREADY_HANDLED, after.claim(KEY));
    assertEquals(2, TestDatabase.count("SELECT count(*) FROM pg_indexes WHERE tablename = '" + TABLE + "'"));
  }

  @Test
  void instancesStartingAtOnceAllFindTheTable() throws Exception {
    ExecutorService starting = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        TestDatabase.drop(TABLE);
        CyclicBarrier together = new CyclicBarrier(8);
        List<Future<PostgresDeliveryLog>> instances = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          instances.add(starting.submit(() -> {
            together.await(30, TimeUnit.SECONDS);
            return PostgresDeliveryLog.builder(TestDatabase.dataSource()).table(TABLE).build();
          }));
        }
        for (Future<PostgresDeliveryLog> instance : instances) {
          logs.add(instance.get(60, TimeUnit.SECONDS));
        }
      }
    } finally {
      starting.shutdownNow();
    }
    assertEquals(Claim.ACQUIRED, logs.get(0).claim(KEY));
    assertEquals(Claim.IN_PROGRESS, logs.get(7).claim(KEY));
  }

  @Test
  void aTableInASchemaAndATableNamedByAReservedWordWork() {
    TestDatabase.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
    TestDatabase.drop(SCHEMA + ".log");
    TestDatabase.drop("\"order\"");

    PostgresDeliveryLog inSchema = open(SCHEMA + ".log");
    PostgresDeliveryLog reserved = open("order");

    assertEquals(Claim.ACQUIRED, inSchema.claim(KEY));
    assertEquals(Claim.ACQUIRED, reserved.claim(KEY));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM " + SCHEMA + ".log"));
    assertEquals(1, TestDatabase.count("SELECT count(*) FROM \"order\""));
  }

  @Test
  void aTableOfAnotherShapeIsRefusedWithWhatItLacks() {
    TestDatabase.drop(TABLE);
    TestDatabase.execute("CREATE TABLE " + TABLE + " (id bigint PRIMARY KEY, payload text)");

    PostgresDeliveryLogException refused = assertThrows(PostgresDeliveryLogException.class, () -> open(TABLE));

    assertEquals("The table " + TABLE + " is not a delivery log's: the log needs the columns receiver, delivery_id,"
        + " body_digest, state, claim_token, lease_until, updated_at (see docs/scaling.md); drop it, or give the"
        + " log another table", refused.getMessage());
    TestDatabase.drop(TABLE);
  }

  @Test
  void namesThatAreNotPlainIdentifiersAreRefused() {
    PostgresDeliveryLog.Builder builder = PostgresDeliveryLog.builder(TestDatabase.dataSource());
    for (String name : List.of("Log", "log; DROP TABLE x", "1log", "a.b.c", "\"log\"", "", "log.", "x".repeat(53))) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> builder.table(name), name);
      assertTrue(refused.getMessage().contains(name), refused.getMessage());
    }
    builder.table("x".repeat(52));
  }

  @Test
  void settingsOutOfRangeAreRefused() {
    PostgresDeliveryLog.Builder builder = PostgresDeliveryLog.builder(TestDatabase.dataSource());

    assertThrows(IllegalArgumentException.class, () -> builder.lease(Duration.ofMillis(999)));
    assertThrows(IllegalArgumentException.class, () -> builder.retention(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> builder.purgeInterval(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.queryTimeout(Duration.ZERO));
  }
}
