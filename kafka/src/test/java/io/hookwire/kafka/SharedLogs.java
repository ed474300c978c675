package io.hookwire.kafka;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hookwire.postgres.PostgresDeliveryLog;
import io.hookwire.runtime.DeliveryLog;
import io.hookwire.runtime.InMemoryDeliveryLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The delivery log each instance of a test gets, all of them sharing one store: one
 * {@link InMemoryDeliveryLog} object for instances in one JVM, or a {@link PostgresDeliveryLog} per
 * instance, each with its own pool, on one table, as separate processes have.
 */
interface SharedLogs extends AutoCloseable {

  /** The log of the next instance. */
  DeliveryLog next();

  @Override
  void close() throws Exception;

  /** One in-memory log, the same object for every instance. */
  static SharedLogs inMemory() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog();
    return new SharedLogs() {
      @Override
      public DeliveryLog next() {
        return log;
      }

      @Override
      public void close() {}
    };
  }

  /**
   * A table of its own on the PostgreSQL named by {@code HOOKWIRE_TEST_POSTGRES_URL}, which
   * {@code ./test} sets after starting one. Without it the test fails rather than pass having tested
   * nothing.
   */
  static SharedLogs postgres() {
    String url = System.getenv("HOOKWIRE_TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      fail("HOOKWIRE_TEST_POSTGRES_URL is not set: this test needs a real PostgreSQL. Run ./test at the"
          + " repository's root, which starts one and sets it");
    }
    String table = "kafka_inbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    List<HikariDataSource> pools = new ArrayList<>();
    List<PostgresDeliveryLog> logs = new ArrayList<>();
    return new SharedLogs() {
      @Override
      public DeliveryLog next() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        PostgresDeliveryLog log = PostgresDeliveryLog.builder(pool).table(table).build();
        logs.add(log);
        return log;
      }

      @Override
      public void close() throws SQLException {
        for (PostgresDeliveryLog log : logs) {
          log.close();
        }
        if (!pools.isEmpty()) {
          try (Connection connection = pools.get(0).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
          }
        }
        pools.forEach(HikariDataSource::close);
      }
    };
  }
}
