package io.hookwire.postgres;

import io.hookwire.runtime.DeliveryKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The log's statements on its table. Every time is the database's own ({@code now()}), so that
 * instances whose clocks disagree still agree on when a lease ends.
 *
 * <p>A row is one body under one delivery id of one receiver, either in progress, held by the
 * claim whose random token it carries until its lease ends, or handled.
 */
final class DeliveryTable {
  static final String IN_PROGRESS = "in_progress";
  static final String HANDLED = "handled";

  /** A lease in progress that has ended: anyone may take the claim. */
  private static final String ENDED = "held.state = '" + IN_PROGRESS + "' AND held.lease_until <= now()";

  private final Jdbc jdbc;
  private final String claim;
  private final String handled;
  private final String release;
  private final String renew;
  private final String purge;

  DeliveryTable(Jdbc jdbc, TableName table) {
    this.jdbc = jdbc;
    String t = table.sql();
    // One statement decides: a new row, or an ended lease taken over, carries the new token. Any
    // other row is left as it was, and returned so that the caller learns what holds it.
    this.claim = "INSERT INTO " + t + " AS held"
        + " (receiver, delivery_id, body_digest, state, claim_token, lease_until, updated_at)"
        + " VALUES (?, ?, ?, '" + IN_PROGRESS + "', ?, now() + make_interval(secs => ?), now())"
        + " ON CONFLICT (receiver, delivery_id, body_digest) DO UPDATE SET"
        + " claim_token = CASE WHEN " + ENDED + " THEN excluded.claim_token ELSE held.claim_token END,"
        + " lease_until = CASE WHEN " + ENDED + " THEN excluded.lease_until ELSE held.lease_until END,"
        + " updated_at = CASE WHEN " + ENDED + " THEN excluded.updated_at ELSE held.updated_at END"
        + " RETURNING held.state, held.claim_token, EXISTS (SELECT FROM " + t + " other"
        + " WHERE other.receiver = held.receiver AND other.delivery_id = held.delivery_id"
        + " AND other.body_digest <> held.body_digest)";
    // Handled is final, whoever holds the claim now: the delivery ran successfully.
    this.handled = "INSERT INTO " + t + " AS held"
        + " (receiver, delivery_id, body_digest, state, claim_token, lease_until, updated_at)"
        + " VALUES (?, ?, ?, '" + HANDLED + "', ?, now(), now())"
        + " ON CONFLICT (receiver, delivery_id, body_digest) DO UPDATE SET state = '" + HANDLED + "', updated_at = now()";
    // Only the claim's own holder lets it go, and never once it is handled: a holder whose lease
    // ended and was taken over must not release its successor's claim.
    this.release = "DELETE FROM " + t
        + " WHERE receiver = ? AND delivery_id = ? AND body_digest = ? AND claim_token = ? AND state = '" + IN_PROGRESS + "'";
    this.renew = "UPDATE " + t + " AS held SET lease_until = now() + make_interval(secs => ?)"
        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::uuid[]) AS mine(receiver, delivery_id, body_digest, claim_token)"
        + " WHERE held.receiver = mine.receiver AND held.delivery_id = mine.delivery_id"
        + " AND held.body_digest = mine.body_digest AND held.claim_token = mine.claim_token"
        + " AND held.state = '" + IN_PROGRESS + "'";
    // Rows another transaction has locked, such as a claim of the same delivery, are skipped and
    // left for the next purge, so a purge never waits for a claim.
    this.purge = "DELETE FROM " + t + " WHERE ctid = ANY (ARRAY (SELECT ctid FROM " + t
        + " WHERE updated_at < now() - make_interval(secs => ?)"
        + " AND (state = '" + HANDLED + "' OR lease_until < now())"
        + " LIMIT ? FOR UPDATE SKIP LOCKED))";
  }

  /** What a claim found: the row's state and token after it, and whether other bodies share its id. */
  record Claimed(String state, UUID token, boolean otherBody) {}

  /** Claims {@code key} with {@code token} for {@code lease}, unless another claim holds it. */
  Claimed claim(DeliveryKey key, UUID token, Duration lease) {
    return jdbc.run("claim a delivery", connection -> {
      try (PreparedStatement statement = jdbc.prepare(connection, claim)) {
        bindKey(statement, key, token);
        statement.setDouble(5, seconds(lease));
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          return new Claimed(row.getString(1), row.getObject(2, UUID.class), row.getBoolean(3));
        }
      }
    });
  }

  /** Records {@code key} as handled. */
  void handled(DeliveryKey key, UUID token) {
    update("record a delivery as handled", handled, key, token);
  }

  /** Deletes the claim of {@code key} if {@code token} still holds it; whether it did. */
  boolean release(DeliveryKey key, UUID token) {
    return update("release a claim", release, key, token) > 0;
  }

  /** Extends the leases of the claims {@code held}, each a key and the token it was claimed with; how many. */
  int renew(List<Map.Entry<DeliveryKey, UUID>> held, Duration lease) {
    return jdbc.run("renew the leases of claims in progress", connection -> {
      try (PreparedStatement statement = jdbc.prepare(connection, renew)) {
        statement.setDouble(1, seconds(lease));
        statement.setArray(2, array(connection, "text", held, claim -> claim.getKey().receiver()));
        statement.setArray(3, array(connection, "text", held, claim -> claim.getKey().deliveryId()));
        statement.setArray(4, array(connection, "text", held, claim -> claim.getKey().bodyDigest()));
        statement.setArray(5, array(connection, "uuid", held, Map.Entry::getValue));
        return statement.executeUpdate();
      }
    });
  }

  /** Deletes at most {@code limit} rows handled, or abandoned, longer than {@code retention} ago. */
  int purge(Duration retention, int limit) {
    return jdbc.run("purge old deliveries", connection -> {
      try (PreparedStatement statement = jdbc.prepare(connection, purge)) {
        statement.setDouble(1, seconds(retention));
        statement.setInt(2, limit);
        return statement.executeUpdate();
      }
    });
  }

  private int update(String what, String sql, DeliveryKey key, UUID token) {
    return jdbc.run(what, connection -> {
      try (PreparedStatement statement = jdbc.prepare(connection, sql)) {
        bindKey(statement, key, token);
        return statement.executeUpdate();
      }
    });
  }

  private static void bindKey(PreparedStatement statement, DeliveryKey key, UUID token) throws SQLException {
    statement.setString(1, key.receiver());
    statement.setString(2, key.deliveryId());
    statement.setString(3, key.bodyDigest());
    statement.setObject(4, token);
  }

  private static Array array(Connection connection, String type, List<Map.Entry<DeliveryKey, UUID>> held,
      Function<Map.Entry<DeliveryKey, UUID>, Object> part) throws SQLException {
    return connection.createArrayOf(type, held.stream().map(part).toArray());
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
