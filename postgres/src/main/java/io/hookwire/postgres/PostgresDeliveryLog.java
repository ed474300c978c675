package io.hookwire.postgres;

import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A {@link DeliveryLog} on one PostgreSQL table, shared by every instance of an application: with
 * it, a delivery id is handled successfully at most once across instances, even when the sender
 * delivers it to two of them at once.
 *
 * <pre>{@code
 * PostgresDeliveryLog log = PostgresDeliveryLog.create(dataSource);
 * Hookwire hookwire = Hookwire.builder().deliveryLog(log).build();
 * ...
 * hookwire.stop(Duration.ofSeconds(30));
 * log.close();
 * }</pre>
 *
 * <p>The table ({@value #DEFAULT_TABLE} by default) is created when absent. A claim is one
 * {@code INSERT … ON CONFLICT} statement, so of concurrent claims of one delivery exactly one
 * wins, whichever instances make them. A claim holds a lease ({@link Builder#lease}) that this
 * log renews while the delivery is being handled here; if the instance dies, the lease ends and a
 * retry of the delivery is handled by whichever instance gets it. Handled deliveries are kept for
 * the retention ({@link Builder#retention}), then deleted by the log itself, in small batches in
 * the background.
 *
 * <p>Every operation takes a connection from the {@link DataSource} for one statement and gives
 * it back. A failure of the database is thrown as {@link PostgresDeliveryLogException}, which the
 * runtime answers {@code 503} with {@code Retry-After}: nothing is acknowledged that the log did
 * not record. Needs PostgreSQL 12 or later and the application's own JDBC driver.
 *
 * <p>Thread-safe. {@link #close} stops the background work: leases are no longer renewed, nor
 * old rows deleted, by this instance.
 */
public final class PostgresDeliveryLog implements DeliveryLog, AutoCloseable {
  /** The default table. */
  public static final String DEFAULT_TABLE = "hookwire_delivery_log";
  /** The default lease of a claim. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
  /** The default time a handled delivery is remembered: Stripe, among others, retries for three days. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(3);
  /** The default time between two purges of old rows. */
  public static final Duration DEFAULT_PURGE_INTERVAL = Duration.ofMinutes(1);
  /** The default bound of one statement of the log. */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(5);

  private final TableName table;
  private final DeliveryTable rows;
  private final Duration lease;
  private final Duration retention;
  private final int purgeBatch;
  // The claims this instance holds, by the token each was taken with: renewed until settled.
  private final Map<DeliveryKey, UUID> held = new ConcurrentHashMap<>();
  private final Housekeeping housekeeping;

  private PostgresDeliveryLog(Builder builder, TableName table, Jdbc jdbc) {
    this.table = table;
    this.rows = new DeliveryTable(jdbc, table);
    this.lease = builder.lease;
    this.retention = builder.retention;
    this.purgeBatch = builder.purgeBatch;
    this.housekeeping = new Housekeeping(table, lease.dividedBy(3), this::renewLeases,
        builder.purgeInterval, this::purge);
  }

  /**
   * A log on the table {@value #DEFAULT_TABLE}, created if absent, with the default lease,
   * retention and timeouts.
   *
   * @throws PostgresDeliveryLogException if the table cannot be created or read
   */
  public static PostgresDeliveryLog create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** A builder for a log on {@code dataSource}, to choose the table, the lease or the retention. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Claims the delivery in one statement: a new delivery, or one whose claim's lease ended, is
   * {@link Claim#ACQUIRED} (or {@link Claim#ACQUIRED_OTHER_BODY} when its id came with another
   * body before); a claim held here or by a live lease elsewhere is {@link Claim#IN_PROGRESS}; a
   * delivery handled within the retention is {@link Claim#ALREADY_HANDLED}.
   *
   * @throws PostgresDeliveryLogException if the database fails
   */
  @Override
  public Claim claim(DeliveryKey key) {
    if (held.containsKey(key)) {
      // Handled here now: its lease may have been ended by a pause of this process, not by a crash.
      return Claim.IN_PROGRESS;
    }
    UUID token = UUID.randomUUID();
    DeliveryTable.Claimed row = rows.claim(key, token, lease);
    if (!token.equals(row.token())) {
      return DeliveryTable.HANDLED.equals(row.state()) ? Claim.ALREADY_HANDLED : Claim.IN_PROGRESS;
    }
    held.put(key, token);
    return row.otherBody() ? Claim.ACQUIRED_OTHER_BODY : Claim.ACQUIRED;
  }

  /**
   * Records the delivery as handled, for the retention. The lease is no longer renewed, even if the
   * statement fails: then a retry runs once it ends.
   *
   * @throws PostgresDeliveryLogException if the database fails
   */
  @Override
  public void handled(DeliveryKey key) {
    UUID token = held.remove(key);
    rows.handled(key, token != null ? token : UUID.randomUUID());
  }

  /**
   * Deletes the claim, so that a retry of the delivery runs again; a claim this instance no
   * longer holds, because its lease ended and another instance took it, is left to that instance.
   *
   * @throws PostgresDeliveryLogException if the database fails
   */
  @Override
  public void failed(DeliveryKey key) {
    UUID token = held.remove(key);
    if (token != null) {
      rows.release(key, token);
    }
  }

  /**
   * Deletes the rows of deliveries handled longer than the retention ago, and of claims abandoned
   * that long ago whose lease ended, in batches of a bounded size, each its own statement. The log
   * does this itself every {@link Builder#purgeInterval}; several instances purging at once skip
   * each other's rows.
   *
   * @return how many rows were deleted
   * @throws PostgresDeliveryLogException if the database fails
   */
  public int purge() {
    int total = 0;
    int deleted;
    do {
      deleted = rows.purge(retention, purgeBatch);
      total += deleted;
    } while (deleted == purgeBatch && !housekeeping.stopped());
    return total;
  }

  /** Stops renewing leases and purging. Claims still work, without renewal; close it last. */
  @Override
  public void close() {
    housekeeping.stop();
  }

  @Override
  public String toString() {
    return "PostgresDeliveryLog[table " + table + ", lease " + lease + ", retention " + retention + "]";
  }

  private void renewLeases() {
    if (!held.isEmpty()) {
      rows.renew(new ArrayList<>(held.entrySet()), lease);
    }
  }

  /** The configuration of a {@link PostgresDeliveryLog}. Every setting has a default. */
  public static final class Builder {
    private static final Duration MIN_LEASE = Duration.ofSeconds(1);
    private static final int DEFAULT_PURGE_BATCH = 1_000;

    private final DataSource dataSource;
    private String table = DEFAULT_TABLE;
    private Duration lease = DEFAULT_LEASE;
    private Duration retention = DEFAULT_RETENTION;
    private Duration purgeInterval = DEFAULT_PURGE_INTERVAL;
    private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
    private int purgeBatch = DEFAULT_PURGE_BATCH;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * The table, as {@code name} or {@code schema.name}; {@value #DEFAULT_TABLE} by default.
     * Plain identifiers only: lower-case letters, digits and underscores, the name at most 52
     * characters, so that the index's name fits PostgreSQL's limit.
     *
     * @throws IllegalArgumentException if it is not such a name
     */
    public Builder table(String table) {
      this.table = TableName.parse(Objects.requireNonNull(table, "table")).toString();
      return this;
    }

    /**
     * How long a claim holds a delivery without news from its instance; 30 seconds by default.
     * The instance renews the lease every third of it while the handler runs, so a slow handler
     * keeps its claim; a crashed instance's claim is taken by a retry at most a lease later.
     *
     * @throws IllegalArgumentException if shorter than a second
     */
    public Builder lease(Duration lease) {
      if (lease.compareTo(MIN_LEASE) < 0) {
        throw new IllegalArgumentException("lease must be at least 1 second: " + lease);
      }
      this.lease = lease;
      return this;
    }

    /**
     * How long a handled delivery is remembered, so that a retry is acknowledged without running
     * again; 3 days by default. Cover the longest retry schedule of the senders: a retry after
     * it runs the handler again.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder retention(Duration retention) {
      this.retention = positive("retention", retention);
      return this;
    }

    /** How often each instance deletes the rows past the retention; every minute by default. */
    public Builder purgeInterval(Duration interval) {
      this.purgeInterval = positive("purgeInterval", interval);
      return this;
    }

    /**
     * The longest a statement of the log may take, in whole seconds (rounded up); 5 seconds by
     * default. A statement past it fails, and the delivery is answered {@code 503}: better than
     * holding the sender until its own timeout while the database is in trouble.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder queryTimeout(Duration timeout) {
      this.queryTimeout = positive("queryTimeout", timeout);
      return this;
    }

    /** At most how many rows one statement of a purge deletes; 1,000 by default. For tests. */
    Builder purgeBatch(int rows) {
      if (rows <= 0) {
        throw new IllegalArgumentException("purgeBatch must be positive: " + rows);
      }
      this.purgeBatch = rows;
      return this;
    }

    /**
     * Creates the table if absent and starts the background work: renewing leases and purging.
     *
     * @throws PostgresDeliveryLogException if the table cannot be created or read, or exists with
     *     other columns
     */
    public PostgresDeliveryLog build() {
      TableName name = TableName.parse(table);
      Jdbc jdbc = new Jdbc(dataSource, name, wholeSeconds(queryTimeout));
      new Schema(jdbc, name).ensure();
      PostgresDeliveryLog log = new PostgresDeliveryLog(this, name, jdbc);
      log.housekeeping.start();
      return log;
    }

    private static Duration positive(String name, Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }

    private static int wholeSeconds(Duration duration) {
      long seconds = duration.toSeconds() + (duration.getNano() > 0 ? 1 : 0);
      return (int) Math.min(Integer.MAX_VALUE, seconds);
    }
  }
}
