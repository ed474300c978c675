package io.hookwire.spring;

import io.hookwire.spring.app.TestApplication;
import io.hookwire.test.Signers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A client of a test application on the loopback interface, signing deliveries as GitHub does. */
final class Http {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final String origin;

  Http(int port) {
    this.origin = "http://127.0.0.1:" + port;
  }

  /** A GitHub delivery of {@code event}, signed with the application's secret, to {@code path}. */
  HttpResponse<String> github(String path, String event, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path)
        .header("Content-Type", "application/json")
        .header("X-GitHub-Event", event)
        .header("X-GitHub-Delivery", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body));
    Signers.github(TestApplication.GITHUB_SECRET).headers(body).forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return client.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin + path)).timeout(TIMEOUT);
  }
}
