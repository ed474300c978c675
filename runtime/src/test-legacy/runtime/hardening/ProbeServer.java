package io.hookwire.runtime.hardening;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookSetupException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import spark.Service;

/**
 * A Spark server on a free loopback port serving the two probes, whose calls land in
 * {@link #calls()}; an HTTP client for well-formed requests and {@link RawHttp} for the rest.
 * Close it after each test: it stops the server.
 */
final class ProbeServer implements AutoCloseable {
  private final Service http;
  private final Calls calls;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ProbeServer(Service http, Calls calls) {
    this.http = http;
    this.calls = calls;
  }

  /** A started server with both probes mounted by {@link Hookwire}, with this body limit. */
  static ProbeServer start(long maxBodyBytes) throws WebhookSetupException {
    Calls calls = new Calls();
    Hookwire hookwire = Probes.hookwire(calls, maxBodyBytes);
    return start(calls, http -> mount(hookwire, http));
  }

  /** A started server on which {@code mount} put the probes, recording into {@code calls}. */
  static ProbeServer start(Calls calls, Consumer<Service> mount) {
    Service http = Service.ignite().ipAddress("127.0.0.1").port(0);
    // Spark's default handler would end the JVM when the server fails to start.
    http.initExceptionHandler(e -> {
      throw new IllegalStateException("The test server did not start", e);
    });
    mount.accept(http);
    http.init();
    http.awaitInitialization();
    return new ProbeServer(http, calls);
  }

  private static void mount(Hookwire hookwire, Service http) {
    try {
      hookwire.mount(http);
    } catch (WebhookSetupException e) {
      throw new IllegalStateException(e);
    }
  }

  Calls calls() {
    return calls;
  }

  int port() {
    return http.port();
  }

  /** A raw connection to this server. */
  RawHttp raw() {
    return new RawHttp(http.port());
  }

  /** A {@code POST} of {@code body}, signed as the probes expect, with more headers as name, value… */
  HttpResponse<String> postSigned(String path, byte[] body, String... headers) throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(List.of(Signing.HEADER, Signing.signature(body)));
    all.addAll(List.of(headers));
    return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)).headers(all.toArray(String[]::new)));
  }

  /** A request builder for {@code path}, which must be a valid URI path. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    http.stop();
    http.awaitStop();
  }
}
