package io.hookwire.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import spark.Service;

/** A Spark server on a free loopback port and an HTTP client that talks to it. */
final class LoopbackServer implements AutoCloseable {
  private final Service http = Service.ignite().ipAddress("127.0.0.1").port(0);
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Service service() {
    return http;
  }

  /** Waits until the server listens. */
  LoopbackServer started() {
    http.init();
    http.awaitInitialization();
    return this;
  }

  /** POSTs {@code body} with header name/value pairs. */
  HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    http.stop();
    http.awaitStop();
  }
}
