package io.hookwire.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.hookwire.it.contract.AdapterServer;
import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.contract.RawHttp;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.runtime.Hookwire;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spark.Service;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.jetty.EmbeddedJettyFactory;

/**
 * How {@link HookwireSpark#mount} fits an application's own Spark set-up: Hookwire chooses Spark's
 * server only while Spark lets it and the application has not, switches a running one's connectors
 * instead, and serves in every case. Mounted first, the contract suite covers it.
 */
class HookwireSparkMountTest {
  private Service http;

  @AfterEach
  void stop() {
    if (http != null) {
      http.stop();
      http.awaitStop();
    }
  }

  /** What the application does with its service before it starts it. */
  private interface SetUp {
    void apply(Service http) throws Exception;
  }

  private Loopback start(SetUp setUp) throws Exception {
    http = Service.ignite().ipAddress("127.0.0.1").port(0);
    http.initExceptionHandler(e -> {
      throw new IllegalStateException("The test server did not start", e);
    });
    setUp.apply(http);
    http.init();
    http.awaitInitialization();
    Service started = http;
    return new Loopback(new AdapterServer() {
      @Override
      public int port() {
        return started.port();
      }

      @Override
      public void close() {}
    });
  }

  private static Hookwire ping() {
    return Hookwire.builder().only(PingReceiver.class).bodyTimeout(Duration.ofMillis(500)).build();
  }

  @Test
  void mountedAfterTheApplicationsRoutesItServesAndBoundsBodiesFromTheFirstRequestOn() throws Exception {
    Loopback client = start(service -> {
      service.get("/health", (request, response) -> "up");
      HookwireSpark.mount(ping(), service);
    });

    assertEquals("up", client.send(client.request("/health").GET()).body());
    assertEquals("pong", client.post("/ping", "").body());
    RawAnswer answer = assertTimeoutPreemptively(Duration.ofSeconds(15),
        () -> client.raw().exchange(RawHttp.postHead("/ping", 100)));
    assertEquals(408, answer.status(), answer::text);
  }

  @Test
  void anEmbeddedServerTheApplicationChoseIsKept() throws Exception {
    EmbeddedServers.add("application-jetty", new EmbeddedJettyFactory());
    Loopback client = start(service -> {
      service.embeddedServerIdentifier("application-jetty");
      HookwireSpark.mount(ping(), service);
    });

    assertEquals("application-jetty", http.embeddedServerIdentifier());
    assertEquals("pong", client.post("/ping", "").body());
  }
}
