package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog.Claim;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the database does wrong reaches the caller as {@link PostgresDeliveryLogException}, never
 * as an answer the log made up: the runtime then refuses the delivery for now ({@code 503}).
 */
class DatabaseFailureTest {
  private static final String TABLE = "log_failure_test";
  private static final DeliveryKey KEY = new DeliveryKey("r", "1", "body");

  @RegisterExtension
  final OpenLogs logs = new OpenLogs(TABLE);

  private PostgresDeliveryLog log;

  @BeforeEach
  void open() {
    log = logs.open(settings -> settings.queryTimeout(Duration.ofSeconds(1)));
  }

  @Test
  void aDatabaseThatCannotBeReachedFailsTheLogsCreation() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setServerNames(new String[] {"127.0.0.1"});
    nowhere.setPortNumbers(new int[] {1});

    PostgresDeliveryLogException failure =
        assertThrows(PostgresDeliveryLogException.class, () -> PostgresDeliveryLog.create(nowhere));

    assertEquals("The delivery log on table hookwire_delivery_log could not look for the table (SQL state 08001)",
        failure.getMessage());
    assertInstanceOf(SQLException.class, failure.getCause());
  }

  @Test
  void aTableThatWentAwayFailsEveryOperation() {
    log.claim(KEY);
    TestDatabase.drop(TABLE);

    assertEquals("The delivery log on table " + TABLE + " could not claim a delivery (SQL state 42P01)",
        assertThrows(PostgresDeliveryLogException.class, () -> log.claim(new DeliveryKey("r", "2", "body"))).getMessage());
    assertThrows(PostgresDeliveryLogException.class, () -> log.handled(KEY));
  }

  @Test
  void aClaimThatWouldWaitLongerThanTheQueryTimeoutFailsInstead() throws SQLException {
    log.claim(KEY);
    log.handled(KEY);
    try (Connection stuck = TestDatabase.dataSource().getConnection()) {
      stuck.setAutoCommit(false);
      try (Statement statement = stuck.createStatement()) {
        // A transaction that holds the row and does not end, as one stuck in an application would.
        statement.execute("UPDATE " + TABLE + " SET updated_at = now()");

        PostgresDeliveryLogException failure = assertThrows(PostgresDeliveryLogException.class, () -> log.claim(KEY));

        assertEquals("The delivery log on table " + TABLE + " could not claim a delivery (SQL state 57014)",
            failure.getMessage());
      }
      stuck.rollback();
    }
    assertEquals(Claim.ALREADY_HANDLED, log.claim(KEY));
  }
}
