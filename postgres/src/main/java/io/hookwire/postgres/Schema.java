package io.hookwire.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure the log's table is there: creates it, with its index, when absent, and checks that
 * one already there has the log's columns. Safe when several instances start at once: creation
 * holds a transaction-scoped advisory lock, so one instance creates the table while the others
 * wait and then find it. A table already there needs no right to create anything, so a database
 * administrator may create it ahead (the statements are in docs/scaling.md).
 */
final class Schema {
  private static final String COLUMNS =
      "receiver, delivery_id, body_digest, state, claim_token, lease_until, updated_at";
  private static final String UNDEFINED_COLUMN = "42703";

  private final Jdbc jdbc;
  private final TableName table;

  Schema(Jdbc jdbc, TableName table) {
    this.jdbc = jdbc;
    this.table = table;
  }

  /** The statements that create the table and its index, in order. */
  String[] createStatements() {
    String t = table.sql();
    return new String[] {
        "CREATE TABLE IF NOT EXISTS " + t + " ("
            + "receiver text NOT NULL, "
            + "delivery_id text NOT NULL, "
            + "body_digest text NOT NULL, "
            + "state text NOT NULL CHECK (state IN ('" + DeliveryTable.IN_PROGRESS + "', '" + DeliveryTable.HANDLED + "')), "
            + "claim_token uuid NOT NULL, "
            + "lease_until timestamptz NOT NULL, "
            + "updated_at timestamptz NOT NULL, "
            + "PRIMARY KEY (receiver, delivery_id, body_digest))",
        "CREATE INDEX IF NOT EXISTS " + table.index("updated_at") + " ON " + t + " (updated_at)"
    };
  }

  /**
   * Creates the table if absent, then checks its columns.
   *
   * @throws PostgresDeliveryLogException if it cannot be created, or lacks a column the log uses
   */
  void ensure() {
    if (!exists()) {
      jdbc.transaction("create the table", this::create);
    }
    check();
  }

  private boolean exists() {
    return jdbc.run("look for the table", connection -> {
      try (PreparedStatement statement = jdbc.prepare(connection, "SELECT to_regclass(?) IS NOT NULL")) {
        statement.setString(1, table.sql());
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          return row.getBoolean(1);
        }
      }
    });
  }

  // IF NOT EXISTS alone is not enough: two sessions creating one table at once can both find it
  // absent, and the second then fails on the catalogue's unique index. The lock orders them.
  private Void create(Connection connection) throws SQLException {
    try (PreparedStatement lock = jdbc.prepare(connection, "SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "hookwire delivery log " + table.sql());
      lock.execute();
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : createStatements()) {
        statement.execute(sql);
      }
    }
    return null;
  }

  private void check() {
    jdbc.run("read the table", connection -> {
      try (PreparedStatement statement =
          jdbc.prepare(connection, "SELECT " + COLUMNS + " FROM " + table.sql() + " WHERE false")) {
        statement.executeQuery().close();
      } catch (SQLException e) {
        if (UNDEFINED_COLUMN.equals(e.getSQLState())) {
          throw new PostgresDeliveryLogException("The table " + table + " is not a delivery log's: the log needs"
              + " the columns " + COLUMNS + " (see docs/scaling.md); drop it, or give the log another table");
        }
        throw e;
      }
      return null;
    });
  }
}
