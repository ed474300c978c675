package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.runtime.Hookwire;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies that come too slowly, or not at all, are answered {@code 408} at their deadline and their
 * connections closed; read asynchronously, they hold no container thread while they wait.
 */
class BodyDeadlineTest {
  private static final String PATH = "/shop/events";

  private final ShopReceiver shop = new ShopReceiver();
  private RunningServer server;
  private ExecutorService clients;

  @AfterEach
  void stop() throws Exception {
    if (clients != null) {
      clients.shutdownNow();
    }
    if (server != null) {
      server.close();
    }
  }

  private Loopback serve(ServletServers servers, Duration bodyTimeout) throws Exception {
    // No minimum rate: these bodies are to be cut off by their timeout alone.
    Hookwire hookwire = Hookwire.builder().only(ShopReceiver.class).instance(shop)
        .bodyTimeout(bodyTimeout).minBodyRate(0, Duration.ofSeconds(1)).build();
    server = servers.start(hookwire);
    return new Loopback(server);
  }

  private static void assertTimedOutAndClosed(RawAnswer answer) {
    // RawHttp and the drip read until the server closes: an answer proves the connection closed.
    assertEquals(408, answer.status(), answer::text);
    assertEquals("Request timeout.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
  }

  @Test
  void aDeclaredBodyThatNeverComesIsATimeout() throws Exception {
    Loopback client = serve(ServletServers.atRoot(), Duration.ofMillis(300));

    RawAnswer answer = client.raw().exchange(RawRequests.head(client.target(PATH), "Content-Length: 100"));

    assertTimedOutAndClosed(answer);
    assertTrue(shop.orders().isEmpty());
  }

  @Test
  void aBodyThatStopsHalfwayIsATimeout() throws Exception {
    Loopback client = serve(ServletServers.underPrefix(), Duration.ofMillis(300));

    RawAnswer answer = client.raw().exchange(RawRequests.head(client.target(PATH), "Content-Length: 100") + "{\"id\":");

    assertTimedOutAndClosed(answer);
  }

  @Test
  void aChunkedBodyThatNeverEndsIsATimeout() throws Exception {
    Loopback client = serve(ServletServers.atRoot(), Duration.ofMillis(300));

    RawAnswer answer = client.raw().exchange(
        RawRequests.head(client.target(PATH), "Transfer-Encoding: chunked") + "6\r\n{\"id\":\r\n");

    assertTimedOutAndClosed(answer);
  }

  @Test
  void aBodyThatDripsPastItsDeadlineIsATimeout() throws Exception {
    Loopback client = serve(ServletServers.atRoot(), Duration.ofMillis(500));

    String head = RawRequests.head(client.target(PATH), "Content-Length: 1000");

    assertTimedOutAndClosed(RawRequests.drip(server.port(), head, 50));
  }

  @Test
  void readingBlockingABodyThatDripsPastItsDeadlineIsATimeout() throws Exception {
    Loopback client = serve(ServletServers.blocking(), Duration.ofMillis(500));

    String head = RawRequests.head(client.target(PATH), "Content-Length: 1000");

    assertTimedOutAndClosed(RawRequests.drip(server.port(), head, 50));
  }

  @Test
  void readingBlockingABodyThatStopsIsBoundedByTheContainersIdleTimeout() throws Exception {
    Loopback client = serve(ServletServers.blocking().idleTimeout(Duration.ofMillis(500)), Duration.ofSeconds(30));

    RawAnswer answer = client.raw().exchange(RawRequests.head(client.target(PATH), "Content-Length: 100"));

    assertTimedOutAndClosed(answer);
  }

  @Test
  void slowBodiesHoldNoThreadWhileTheyWait() throws Exception {
    int slow = 6;
    Arrivals arrivals = new Arrivals(slow);
    // Fewer threads for requests than slow bodies: reading them blocking would leave none for /health.
    Loopback client = serve(ServletServers.atRoot().threads(5).customized(arrivals::install), Duration.ofSeconds(5));
    clients = Executors.newFixedThreadPool(slow);
    List<Future<RawAnswer>> pending = new ArrayList<>();
    for (int i = 0; i < slow; i++) {
      pending.add(clients.submit(
          () -> client.raw().exchange(RawRequests.head(client.target(PATH), "Content-Length: 100") + "{")));
    }
    assertTrue(arrivals.await(20, TimeUnit.SECONDS), "every slow request went into the servlet, none holding a thread");

    HttpResponse<String> health = client.send(client.request("/health").GET());

    assertEquals(200, health.statusCode());
    assertEquals("up", health.body());
    assertFalse(pending.stream().anyMatch(Future::isDone), "the slow bodies were still pending");
    for (Future<RawAnswer> answer : pending) {
      assertTimedOutAndClosed(answer.get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void anEmptyBodyIsHandledWithoutWaitingForTheDeadline() throws Exception {
    // Longer than the client's own guard: only the end of the body can bring this answer.
    Loopback client = serve(ServletServers.atRoot(), Duration.ofMinutes(2));

    HttpResponse<String> response =
        client.post(PATH, "", "X-Signature", ShopReceiver.SIGNATURE, "X-Event", "order.raw");

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("raw 0", response.body());
  }

  @Test
  void aBodyInTimeIsHandledAndTheConnectionKept() throws Exception {
    Loopback client = serve(ServletServers.atRoot(), Duration.ofSeconds(10));

    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = client.post(PATH, "{\"id\":\"A-" + i + "\",\"quantity\":1}",
          "X-Signature", ShopReceiver.SIGNATURE, "X-Event", "order.created");
      assertEquals(200, response.statusCode(), response::body);
    }
    assertEquals(3, shop.orders().size());
  }
}
