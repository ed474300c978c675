package io.hookwire.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.contract.RawHttp;
import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.runtime.Hookwire;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies read asynchronously: slow or missing bodies answered {@code 408} when their time is up
 * without holding a thread meanwhile, bodies over the limit {@code 413} with the connection closed,
 * bodies in several parts read to their end.
 */
class BodyTest {
  private static final String ORDER = "{\"id\":\"A-1\",\"quantity\":3}";
  private static final Duration SHORT = Duration.ofMillis(500);
  // Only a guard against a server that never answers: no test depends on how long it takes.
  private static final long GUARD_SECONDS = 20;

  private final ShopReceiver shop = new ShopReceiver();
  private Hookwire hookwire;
  private JettyServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private Loopback serve(Hookwire.Builder builder) throws Exception {
    hookwire = builder.only(ShopReceiver.class).instance(shop).build();
    server = JettyServers.atRoot().start(hookwire);
    return new Loopback(server);
  }

  /** The head of a signed delivery of {@code order.created}, with {@code lines} added. */
  private static String head(String... lines) {
    StringBuilder head = new StringBuilder("POST /shop/events HTTP/1.1\r\nHost: localhost\r\n")
        .append("X-Signature: ").append(ShopReceiver.SIGNATURE).append("\r\nX-Event: order.created\r\n");
    for (String line : lines) {
      head.append(line).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  private static void assertAnswered(int status, String body, RawAnswer answer) {
    assertEquals(status, answer.status(), answer::text);
    assertEquals(body, answer.body());
  }

  /** The reception was closed after its answer: a graceful stop has nothing to wait for. */
  private void assertNothingUnderWay() throws InterruptedException {
    assertTrue(hookwire.stop(Duration.ofSeconds(GUARD_SECONDS)));
  }

  @Test
  void aDeclaredBodyThatNeverComesIsATimeoutAndTheConnectionCloses() throws Exception {
    Loopback client = serve(Hookwire.builder().bodyTimeout(SHORT));

    RawAnswer answer = client.raw().exchange(head("Content-Length: 100"));

    assertAnswered(408, "Request timeout.", answer);
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertTrue(shop.orders().isEmpty());
    assertNothingUnderWay();
  }

  @Test
  void aBodySentByteByByteTooSlowlyIsATimeout() throws Exception {
    serve(Hookwire.builder().bodyTimeout(SHORT));

    RawAnswer answer = new RawHttp(server.port()).drip(head("Content-Length: 1000"), Duration.ofMillis(20));

    assertAnswered(408, "Request timeout.", answer);
    assertNothingUnderWay();
  }

  @Test
  void aChunkedBodyThatStallsIsATimeout() throws Exception {
    Loopback client = serve(Hookwire.builder().bodyTimeout(SHORT));

    RawAnswer answer = client.raw().exchange(head("Transfer-Encoding: chunked") + "5\r\n{\"id\"\r\n");

    assertAnswered(408, "Request timeout.", answer);
    assertNothingUnderWay();
  }

  @Test
  void slowBodiesWaitWithoutHoldingAThread() throws Exception {
    // Four threads: the connector's acceptor and selector, and two for every request there is.
    QueuedThreadPool threads = new QueuedThreadPool(4, 4);
    threads.setReservedThreads(0);
    // No minimum rate: the slow bodies must still be waiting, for their timeout, when /health is answered.
    hookwire = Hookwire.builder().only(ShopReceiver.class).instance(shop)
        .bodyTimeout(Duration.ofSeconds(5)).minBodyRate(0, Duration.ofSeconds(1)).build();
    Returns returns = new Returns(new HookwireHandler(hookwire));
    server = JettyServers.atRoot().start(returns, threads);
    Loopback client = new Loopback(server);
    int slow = 6;
    ExecutorService senders = Executors.newFixedThreadPool(slow);
    try {
      List<Future<RawAnswer>> answers = new ArrayList<>();
      for (int i = 0; i < slow; i++) {
        answers.add(senders.submit(() -> client.raw().exchange(head("Content-Length: 100") + "{\"id\"")));
      }

      // Every slow request was taken, and its thread handed back while its body is awaited...
      assertTrue(returns.count.tryAcquire(slow, GUARD_SECONDS, TimeUnit.SECONDS));
      // ...so the application is served from the two threads while all six wait.
      HttpResponse<String> health = client.send(client.request("/health").GET());
      assertEquals(200, health.statusCode());
      assertEquals("up", health.body());
      assertTrue(answers.stream().noneMatch(Future::isDone), "a slow body was answered before its time was up");

      for (Future<RawAnswer> answer : answers) {
        assertAnswered(408, "Request timeout.", answer.get(GUARD_SECONDS, TimeUnit.SECONDS));
      }
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void aDeclaredBodyOverTheLimitIsTooLargeAndTheRestIsNotRead() throws Exception {
    Loopback client = serve(Hookwire.builder().maxBodyBytes(64));

    // The client keeps its side open: the answer arriving means the server gave up on the body itself.
    RawAnswer answer = client.raw().exchange(head("Content-Length: 100") + "{\"id\":");

    assertAnswered(413, "Payload too large.", answer);
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertNothingUnderWay();
  }

  @Test
  void aChunkedBodyOverTheLimitIsTooLargeAndTheConnectionCloses() throws Exception {
    Loopback client = serve(Hookwire.builder().maxBodyBytes(64));

    RawAnswer answer = client.raw().exchange(head("Transfer-Encoding: chunked") + "64\r\n" + "x".repeat(100) + "\r\n");

    assertAnswered(413, "Payload too large.", answer);
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertTrue(shop.orders().isEmpty());
    assertNothingUnderWay();
  }

  @Test
  void aChunkedBodyWithinTheLimitIsRead() throws Exception {
    Loopback client = serve(Hookwire.builder().maxBodyBytes(64));

    HttpResponse<String> response = client.postChunked("/shop/events", ORDER.getBytes(StandardCharsets.UTF_8),
        "X-Signature", ShopReceiver.SIGNATURE, "X-Event", "order.created");

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(List.of(new ShopReceiver.Order("A-1", 3)), shop.orders());
  }

  @Test
  void aBodyThatArrivesInPartsIsReadToItsEnd() throws Exception {
    serve(Hookwire.builder());
    String head = head("Content-Length: " + ORDER.length(), "Connection: close");

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
      OutputStream out = socket.getOutputStream();
      out.write((head + ORDER.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // A pause paces the parts, so the rest comes after the server has asked for more.
      Thread.sleep(200);
      out.write(ORDER.substring(10).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      RawAnswer answer = RawAnswer.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));

      assertAnswered(200, "OK", answer);
    }
    assertEquals(List.of(new ShopReceiver.Order("A-1", 3)), shop.orders());
  }

  @Test
  void aHandlerThatBlocksOnABodyReadLaterLeavesTheServerServing() throws Exception {
    CountingReceiver counting = new CountingReceiver();
    hookwire = Hookwire.builder().only(CountingReceiver.class).instance(counting).build();
    server = JettyServers.atRoot().start(hookwire);
    Loopback client = new Loopback(server);
    String head = "POST /counting HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nConnection: close\r\n\r\n";

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
      OutputStream out = socket.getOutputStream();
      out.write((head + "ho").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // A pause paces the parts: the body ends in a later read, which Jetty calls back for.
      Thread.sleep(200);
      out.write("ld".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertTrue(counting.awaitHolding(GUARD_SECONDS, TimeUnit.SECONDS));

      // The held handler blocks a pool thread, not the one selector: other requests are read and served.
      assertEquals("up", client.send(client.request("/health").GET()).body());
      assertEquals(200, client.post("/counting", "other").statusCode());
      counting.release();
      RawAnswer answer = RawAnswer.parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
      assertAnswered(200, "OK", answer);
    } finally {
      counting.release();
    }
  }

  @Test
  void aClientThatExpectsContinueGetsItAndItsAnswer() throws Exception {
    Loopback client = serve(Hookwire.builder());

    HttpResponse<String> response = client.send(client.request("/shop/events")
        .expectContinue(true)
        .header("X-Signature", ShopReceiver.SIGNATURE)
        .header("X-Event", "order.created")
        .POST(HttpRequest.BodyPublishers.ofString(ORDER)));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(List.of(new ShopReceiver.Order("A-1", 3)), shop.orders());
  }

  @Test
  void aMalformedChunkedBodyIsABadRequest() throws Exception {
    Loopback client = serve(Hookwire.builder());

    RawAnswer answer = client.raw().exchange(head("Transfer-Encoding: chunked") + "5\r\n{\"id\"\r\nzz\r\n");

    assertAnswered(400, "Bad request.", answer);
    assertTrue(shop.orders().isEmpty());
    assertNothingUnderWay();
  }

  @Test
  void aClientThatGoesAwayMidBodyLeavesNothingUnderWay() throws Exception {
    serve(Hookwire.builder());

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write((head("Content-Length: 100") + "{\"id\"").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    assertNothingUnderWay();
    assertTrue(shop.orders().isEmpty());
    // The server serves on.
    assertFalse(server.server().isFailed());
  }

  /** Counts the requests the wrapped handler took and returned from. */
  static final class Returns extends Handler.Wrapper {
    final Semaphore count = new Semaphore(0);

    Returns(Handler handler) {
      super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      boolean handled = super.handle(request, response, callback);
      if (handled) {
        count.release();
      }
      return handled;
    }
  }
}
