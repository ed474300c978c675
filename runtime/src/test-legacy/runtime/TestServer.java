package io.hookwire.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import spark.Service;

/**
 * A Spark server on a free loopback port with Hookwire mounted, and an HTTP client to call it.
 * Close it after each test: it stops the server.
 */
final class TestServer implements AutoCloseable {
  private final Service http;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private MountReport report;

  private TestServer(Service http) {
    this.http = http;
  }

  /** A server that is not started yet, so the test may add routes of its own first. */
  static TestServer create() {
    Service http = Service.ignite().ipAddress("127.0.0.1").port(0);
    // Spark's default handler would end the JVM when the server fails to start.
    http.initExceptionHandler(e -> {
      throw new IllegalStateException("The test server did not start", e);
    });
    return new TestServer(http);
  }

  /** A started server with {@code hookwire} mounted. */
  static TestServer serving(Hookwire hookwire) throws WebhookSetupException {
    return create().mount(hookwire).start();
  }

  /** Mounts {@code hookwire}, keeping the report. */
  TestServer mount(Hookwire hookwire) throws WebhookSetupException {
    report = hookwire.mount(http);
    return this;
  }

  /** Starts the server, even when nothing was mounted, and waits until it listens. */
  TestServer start() {
    http.init();
    http.awaitInitialization();
    return this;
  }

  /** The Spark service, for routes of the test's own. */
  Service http() {
    return http;
  }

  /** The report of the last mount. */
  MountReport report() {
    return report;
  }

  /** A request builder for {@code path} on this server. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path));
  }

  /** A {@code POST} of {@code body} with headers given as name, value, name, value… */
  HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /** A {@code POST} whose body is sent in chunks, with no {@code Content-Length}. */
  HttpResponse<String> postChunked(String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /** Sends {@code request}, reading the answer as text. */
  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Writes {@code head} (request line and headers) and then {@code bodyStart} on a plain socket,
   * sending nothing more, and reads the answer until the server closes the connection: for
   * requests that promise more body than they send, which the HTTP client does not do.
   */
  String sendPartially(String head, String bodyStart) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), http.port())) {
      // Only a guard against a server that never answers: no test depends on how long it takes.
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\n\r\n" + bodyStart).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Override
  public void close() {
    http.stop();
    http.awaitStop();
  }
}
