package io.hookwire.postgres;

import java.sql.SQLException;

/**
 * The database refused or failed an operation of a {@link PostgresDeliveryLog}: unreachable, out
 * of connections, past the query timeout, or without the rights the log needs. Thrown from
 * {@link PostgresDeliveryLog#claim} and the calls that settle a claim, the runtime answers the
 * delivery {@code 503} with {@code Retry-After}, so that its sender retries it later; nothing is
 * acknowledged that the log did not record.
 */
public final class PostgresDeliveryLogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PostgresDeliveryLogException(String message, SQLException cause) {
    super(message + " (SQL state " + cause.getSQLState() + ")", cause);
  }

  PostgresDeliveryLogException(String message) {
    super(message);
  }
}
