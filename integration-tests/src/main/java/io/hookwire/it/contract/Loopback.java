package io.hookwire.it.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * An HTTP client for one {@link AdapterServer}: well-formed requests through the JDK's client, and
 * {@link #raw()} for what that client refuses to send. Paths are given as the receivers see them;
 * the server's prefix is put in front.
 */
public final class Loopback {
  // Only a guard against a server that never answers: no test depends on how long it takes.
  private static final Duration GUARD = Duration.ofSeconds(30);
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(GUARD)
      .build();

  private final AdapterServer server;

  public Loopback(AdapterServer server) {
    this.server = server;
  }

  /** A request builder for {@code path} under the server's prefix. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + server.prefix() + path))
        .timeout(GUARD);
  }

  /** A {@code POST} of {@code body} with headers given as name, value, name, value… */
  public HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
    return send(withHeaders(request(path).POST(HttpRequest.BodyPublishers.ofString(body)), headers));
  }

  /** A {@code POST} of {@code body} with headers given as name, value, name, value… */
  public HttpResponse<String> post(String path, byte[] body, String... headers) throws IOException, InterruptedException {
    return send(withHeaders(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)), headers));
  }

  /** A {@code POST} whose body is sent in chunks, with no {@code Content-Length}. */
  public HttpResponse<String> postChunked(String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    return send(withHeaders(request(path).POST(chunked), headers));
  }

  /** A {@code POST} of {@code body} sent without waiting: the answer, once it comes. */
  public CompletableFuture<HttpResponse<String>> postAsync(String path, String body) {
    HttpRequest request = request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request} without waiting: the answer as text, once it comes. */
  public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
    return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request}, reading the answer as text. */
  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A plain socket to the server, for requests the JDK's client will not send. */
  public RawHttp raw() {
    return new RawHttp(server.port());
  }

  /** The server's prefix followed by {@code path}, as a raw request line needs it. */
  public String target(String path) {
    return server.prefix() + path;
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
    return headers.length == 0 ? request : request.headers(headers);
  }
}
