package io.hookwire.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.hookwire.postgres.receivers.OrderEvents;
import io.hookwire.runtime.Hookwire;
import io.hookwire.test.LoopbackServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One instance of an application as it runs in production: its own connection pool, its own
 * {@link PostgresDeliveryLog} on the shared table, its own {@link Hookwire} with its own receiver,
 * and its own server on a free loopback port.
 */
final class Instance implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  // Only a guard against an instance that never answers: nothing depends on how long it takes.
  private static final Duration GUARD = Duration.ofSeconds(30);

  private final HikariDataSource pool;
  private final PostgresDeliveryLog log;
  private final Hookwire hookwire;
  private final LoopbackServer server;

  private Instance(HikariDataSource pool, PostgresDeliveryLog log, Hookwire hookwire, LoopbackServer server) {
    this.pool = pool;
    this.log = log;
    this.hookwire = hookwire;
    this.server = server;
  }

  /** Starts an instance whose log is on {@code table}, counting its deliveries into {@code handled}. */
  static Instance start(String table, OrderEvents.Handled handled) throws Exception {
    HikariDataSource pool = TestDatabase.pool(8);
    PostgresDeliveryLog log = PostgresDeliveryLog.builder(pool).table(table).build();
    Hookwire hookwire = Hookwire.builder().only(OrderEvents.class).instance(new OrderEvents(handled))
        .deliveryLog(log).build();
    hookwire.start();
    return new Instance(pool, log, hookwire, LoopbackServer.start(hookwire));
  }

  /** Delivers {@code body} under {@code id} to this instance. */
  HttpResponse<String> deliver(String body, String id) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/orders"))
        .timeout(GUARD)
        .header(OrderEvents.ID_HEADER, id)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    try {
      hookwire.stop(GUARD);
      server.close();
    } finally {
      log.close();
      pool.close();
    }
  }
}
