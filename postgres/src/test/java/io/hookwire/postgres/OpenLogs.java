package io.hookwire.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The logs of one test class, each standing for an instance of an application, on the class's own
 * table: dropped before each test, so that every test starts from nothing, and every log opened
 * closed after it. Register it with {@code @RegisterExtension}.
 */
final class OpenLogs implements BeforeEachCallback, AfterEachCallback {
  private final String table;
  private final List<PostgresDeliveryLog> open = new ArrayList<>();

  OpenLogs(String table) {
    this.table = table;
  }

  /** A log on the table with the default settings. */
  PostgresDeliveryLog open() {
    return open(settings -> settings);
  }

  /** A log on the table with {@code settings} applied to its builder. */
  synchronized PostgresDeliveryLog open(UnaryOperator<PostgresDeliveryLog.Builder> settings) {
    PostgresDeliveryLog log = settings.apply(PostgresDeliveryLog.builder(TestDatabase.dataSource()).table(table)).build();
    open.add(log);
    return log;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestDatabase.drop(table);
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    open.forEach(PostgresDeliveryLog::close);
    open.clear();
  }
}
