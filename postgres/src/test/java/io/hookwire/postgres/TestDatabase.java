package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The real PostgreSQL the tests run against, named by {@value #URL_VARIABLE}: a JDBC URL with the
 * user and password, which {@code ./test} sets after starting a local server. Without it the tests
 * fail, rather than pass having tested nothing. Each test class works in tables of its own, so
 * that classes never see each other's rows.
 */
final class TestDatabase {
  static final String URL_VARIABLE = "HOOKWIRE_TEST_POSTGRES_URL";

  private static HikariDataSource shared;

  private TestDatabase() {}

  /** A pool of connections shared by the tests of this JVM. */
  static synchronized DataSource dataSource() {
    if (shared == null) {
      shared = pool(40);
    }
    return shared;
  }

  /** A pool of its own, as another instance of an application has; the caller closes it. */
  static HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setMaximumPoolSize(size);
    config.setPoolName("test-" + size);
    return new HikariDataSource(config);
  }

  /** Drops {@code table} if it exists, so a test starts from nothing. */
  static void drop(String table) {
    execute("DROP TABLE IF EXISTS " + table);
  }

  static void execute(String sql) {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError("failed: " + sql, e);
    }
  }

  static long count(String sql) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError("failed: " + sql, e);
    }
  }

  private static String url() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      fail(URL_VARIABLE + " is not set: the tests of hookwire-postgres need a real PostgreSQL. Run ./test at"
          + " the repository's root, which starts one and sets it, or set it to a JDBC URL with user and"
          + " password, such as jdbc:postgresql://127.0.0.1:5432/hookwire_test?user=u&password=p");
    }
    return url;
  }
}
