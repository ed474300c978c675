package io.hookwire.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.BlockingBodyReader;
import io.hookwire.runtime.server.BodyBuffer;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves one {@link Hookwire} on the JDK's own HTTP server, on an ephemeral loopback port, through
 * the same {@link Reception} every server adapter uses: a test sees the answers, statuses and
 * headers a production adapter gives, with no server library on its class path.
 * {@link HookwireExtension} serves its receivers on one; a test of several instances of an
 * application, each with its own {@link Hookwire}, starts one for each:
 *
 * <pre>{@code
 * try (LoopbackServer server = LoopbackServer.start(hookwire)) {
 *   DeliveryClient client = server.client();
 *   ...
 * }
 * }</pre>
 *
 * <p>Made for tests, whose client is trusted: a read of the body is bounded between reads by the
 * body deadline, but a read that blocks is not cut off, as the JDK's server offers no per-read
 * timeout. Production servers run on an adapter.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final AtomicInteger SERVERS = new AtomicInteger();

  private final HttpServer server;
  private final ExecutorService threads;

  private LoopbackServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Starts serving {@code hookwire} on a free port of the loopback interface. The caller runs
   * {@link Hookwire#start()} before, or the first request does, and stops it before closing.
   *
   * @throws IOException if no loopback port can be bound
   */
  public static LoopbackServer start(Hookwire hookwire) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int number = SERVERS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "hookwire-test-" + number + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/", exchange -> answer(hookwire, exchange));
    server.start();
    return new LoopbackServer(server, threads);
  }

  /** A client that posts deliveries to this server. */
  public DeliveryClient client() {
    return new DeliveryClient(baseUri());
  }

  /** {@code http://127.0.0.1:<port>}, the address the server listens on. */
  public URI baseUri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /**
   * Stops listening at once, and ends the requests under way: drain them first with
   * {@link Hookwire#stop(java.time.Duration)}.
   */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static void answer(Hookwire hookwire, HttpExchange exchange) throws IOException {
    try (exchange; Reception reception = hookwire.receive(head(exchange))) {
      WebhookResponse answer = reception.answerWithoutBody().orElseGet(() -> readBody(exchange, reception));
      write(answer, exchange, reception);
    }
  }

  private static WebhookResponse readBody(HttpExchange exchange, Reception reception) {
    BodyBuffer body = new BodyBuffer(reception.maxBodyBytes(), contentLength(exchange));
    BlockingBodyReader.Outcome outcome;
    try (InputStream in = exchange.getRequestBody()) {
      outcome = BlockingBodyReader.read(in, body, reception.bodyDeadline(), millisLeft -> {});
    } catch (IOException | RuntimeException e) {
      return reception.bodyUnreadable(e);
    }
    return outcome.answer(reception, body);
  }

  private static void write(WebhookResponse answer, HttpExchange exchange, Reception reception) {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    try {
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      // -1: no body at all, as a HEAD answer or an empty one must be sent.
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      reception.answerNotWritten(e);
    }
  }

  private static RequestHead head(HttpExchange exchange) {
    URI uri = exchange.getRequestURI();
    RequestHead.Builder head = RequestHead.builder(exchange.getRequestMethod(), uri.getRawPath())
        .rawQuery(uri.getRawQuery())
        .contentLength(contentLength(exchange))
        .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress());
    exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> head.header(name, value)));
    return head.build();
  }

  /** The declared length of the body, or {@code -1} when the request declares none or a malformed one. */
  private static long contentLength(HttpExchange exchange) {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared == null) {
      return -1;
    }
    try {
      return Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
