package io.hookwire.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs the log's statements on connections of the application's {@link DataSource}, each taken
 * for one operation and given back at once. Whatever the pool's setting, an operation is
 * committed when it returns: a claim that is not committed would not be seen by other instances.
 */
final class Jdbc {
  private final DataSource dataSource;
  private final TableName table;
  private final int queryTimeoutSeconds;

  Jdbc(DataSource dataSource, TableName table, int queryTimeoutSeconds) {
    this.dataSource = dataSource;
    this.table = table;
    this.queryTimeoutSeconds = queryTimeoutSeconds;
  }

  /** Work on a connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work}, a single statement, committed when it returns.
   *
   * @throws PostgresDeliveryLogException saying that the log could not do {@code what}
   */
  <T> T run(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getAutoCommit() ? work.run(connection) : committed(connection, work);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs {@code work}, several statements, in one transaction.
   *
   * @throws PostgresDeliveryLogException saying that the log could not do {@code what}
   */
  <T> T transaction(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        return committed(connection, work);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** {@code sql}, bounded by the query timeout. */
  PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setQueryTimeout(queryTimeoutSeconds);
    return statement;
  }

  private static <T> T committed(Connection connection, Work<T> work) throws SQLException {
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }

  private PostgresDeliveryLogException failure(String what, SQLException e) {
    return new PostgresDeliveryLogException("The delivery log on table " + table + " could not " + what, e);
  }
}
