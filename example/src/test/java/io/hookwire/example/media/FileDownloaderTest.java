package io.hookwire.example.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Downloads from a real HTTP server on loopback, within the size and time bounds. */
class FileDownloaderTest {
  private static final int LIMIT = 1024;

  private final CountDownLatch release = new CountDownLatch(1);
  private HttpServer server;
  private volatile String authorization;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/ok", exchange -> {
      authorization = exchange.getRequestHeaders().getFirst("Authorization");
      reply(exchange, 200, new byte[LIMIT]);
    });
    server.createContext("/missing", exchange -> reply(exchange, 404, "Not Found".getBytes()));
    server.createContext("/declared-too-large", exchange -> reply(exchange, 200, new byte[LIMIT + 1]));
    server.createContext("/streamed-too-large", exchange -> {
      try (exchange; OutputStream out = exchange.getResponseBody()) {
        exchange.sendResponseHeaders(200, 0);  // chunked: no Content-Length to go by
        for (int i = 0; i < 8; i++) {
          out.write(new byte[LIMIT / 2]);
          out.flush();
        }
      } catch (IOException e) {
        // The downloader hung up, as it should.
      }
    });
    server.createContext("/never-ends", exchange -> {
      try (exchange; OutputStream out = exchange.getResponseBody()) {
        exchange.sendResponseHeaders(200, LIMIT);
        out.write(new byte[10]);
        out.flush();
        release.await(30, TimeUnit.SECONDS);
      } catch (IOException | InterruptedException e) {
        // The downloader gave up, as it should.
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  @Test
  void downloadsAFileUpToTheLimitWithTheHeadersGiven() throws Exception {
    byte[] bytes = downloader(Duration.ofSeconds(10)).download(url("/ok"), Map.of("Authorization", "Bearer xoxb-1"));

    assertArrayEquals(new byte[LIMIT], bytes);
    assertEquals("Bearer xoxb-1", authorization);
  }

  @Test
  void anAnswerOtherThan200IsAFailure() {
    IOException failure = assertThrows(IOException.class, () -> downloader(Duration.ofSeconds(10)).download(url("/missing"), Map.of()));

    assertEquals("answered HTTP 404", failure.getMessage());
  }

  @Test
  void aFileDeclaredLargerThanTheLimitIsNotRead() {
    IOException failure = assertThrows(IOException.class,
        () -> downloader(Duration.ofSeconds(10)).download(url("/declared-too-large"), Map.of()));

    assertEquals("is larger than 1024 bytes", failure.getMessage());
  }

  @Test
  void aFileThatTurnsOutLargerThanTheLimitIsAbandoned() {
    IOException failure = assertThrows(IOException.class,
        () -> downloader(Duration.ofSeconds(10)).download(url("/streamed-too-large"), Map.of()));

    assertEquals("is larger than 1024 bytes", failure.getMessage());
  }

  @Test
  void aBodyThatNeverEndsTimesOut() {
    IOException failure = assertThrows(IOException.class,
        () -> downloader(Duration.ofMillis(500)).download(url("/never-ends"), Map.of()));

    assertEquals("took longer than 500 ms", failure.getMessage());
  }

  @Test
  void failuresDoNotQuoteTheUrl() {
    IOException failure = assertThrows(IOException.class,
        () -> downloader(Duration.ofSeconds(2)).download(URI.create("http://127.0.0.1:1/bot123:secret/file"), Map.of()));

    assertEquals(-1, failure.getMessage().indexOf("secret"), failure.getMessage());
  }

  private FileDownloader downloader(Duration timeout) {
    return new FileDownloader(timeout, LIMIT);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    try (exchange; OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(status, body.length);
      out.write(body);
    }
  }
}
