package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog.Claim;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rows past the retention are deleted by the log itself, in bounded batches that never wait for
 * a claim; rows within it, and claims whose lease is live however old, stay. A row is made old
 * here by setting its time back.
 */
class PurgeTest {
  private static final String TABLE = "log_purge_test";
  private static final Duration RETENTION = Duration.ofHours(1);
  private static final int BATCH = 10;

  @RegisterExtension
  final OpenLogs logs = new OpenLogs(TABLE);

  private PostgresDeliveryLog instance(Duration purgeInterval) {
    return logs.open(settings -> settings.retention(RETENTION).purgeInterval(purgeInterval).purgeBatch(BATCH));
  }

  /** A log that purges only when told to. */
  private PostgresDeliveryLog instance() {
    return instance(Duration.ofDays(1));
  }

  @Test
  void deliveriesHandledLongerAgoThanTheRetentionAreForgotten() {
    PostgresDeliveryLog log = instance();
    handle(log, "old-", 25);
    handle(log, "recent-", 5);
    age("old-%", "2 hours");
    age("recent-%", "59 minutes");

    assertEquals(25, log.purge());

    assertEquals(5, rows("recent-%"));
    assertEquals(0, rows("old-%"));
    assertEquals(Claim.ACQUIRED, log.claim(key("old-1")));
    assertEquals(Claim.ALREADY_HANDLED, log.claim(key("recent-1")));
  }

  @Test
  void aClaimWithALiveLeaseStaysHoweverOld() {
    PostgresDeliveryLog log = instance();
    log.claim(key("slow"));
    age("slow", "2 hours");

    assertEquals(0, log.purge());
    assertEquals(Claim.IN_PROGRESS, instance().claim(key("slow")));
  }

  @Test
  void aClaimAbandonedLongerAgoThanTheRetentionIsForgotten() {
    PostgresDeliveryLog crashed = instance();
    crashed.claim(key("abandoned"));
    crashed.close();
    age("abandoned", "2 hours");
    TestDatabase.execute("UPDATE " + TABLE + " SET lease_until = now() - interval '1 hour'");

    assertEquals(1, instance().purge());
    assertEquals(0, rows("abandoned"));
  }

  @Test
  void oneStatementDeletesOneBatchAtMost() {
    PostgresDeliveryLog log = instance();
    handle(log, "old-", 25);
    age("old-%", "2 hours");
    DeliveryTable table = new DeliveryTable(new Jdbc(TestDatabase.dataSource(), TableName.parse(TABLE), 5),
        TableName.parse(TABLE));

    assertEquals(BATCH, table.purge(RETENTION, BATCH));
    assertEquals(15, rows("old-%"));
  }

  @Test
  void aPurgeSkipsRowsAClaimHoldsInsteadOfWaitingForIt() throws Exception {
    PostgresDeliveryLog log = instance();
    handle(log, "old-", 3);
    age("old-%", "2 hours");

    try (Connection claiming = TestDatabase.dataSource().getConnection()) {
      claiming.setAutoCommit(false);
      try (Statement statement = claiming.createStatement()) {
        // What a claim of a delivery does to its row until it commits.
        statement.execute("SELECT * FROM " + TABLE + " WHERE delivery_id = 'old-0' FOR UPDATE");
        assertEquals(2, log.purge());
      }
      claiming.commit();
    }

    assertEquals(1, log.purge());
  }

  @Test
  void theLogPurgesByItself() throws InterruptedException {
    PostgresDeliveryLog log = instance(Duration.ofMillis(100));
    handle(log, "old-", 25);
    age("old-%", "2 hours");

    for (int attempt = 0; attempt < 600 && rows("old-%") > 0; attempt++) {
      Thread.sleep(50);
    }
    assertEquals(0, rows("old-%"), "the rows past the retention were not purged within 30 seconds");
    assertTrue(log.toString().contains(TABLE));
  }

  private static void handle(PostgresDeliveryLog log, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      assertEquals(Claim.ACQUIRED, log.claim(key(prefix + i)));
      log.handled(key(prefix + i));
    }
  }

  private static void age(String idPattern, String interval) {
    TestDatabase.execute("UPDATE " + TABLE + " SET updated_at = now() - interval '" + interval + "'"
        + " WHERE delivery_id LIKE '" + idPattern + "'");
  }

  private static long rows(String idPattern) {
    return TestDatabase.count("SELECT count(*) FROM " + TABLE + " WHERE delivery_id LIKE '" + idPattern + "'");
  }

  private static DeliveryKey key(String id) {
    return new DeliveryKey("r", id, "body");
  }
}
