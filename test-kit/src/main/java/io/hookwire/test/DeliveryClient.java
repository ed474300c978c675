package io.hookwire.test;

import io.hookwire.runtime.WebhookRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Sends deliveries over HTTP to the receivers a {@link HookwireExtension} serves, as a provider
 * would, and returns the {@link Reply}. Get one from {@link HookwireExtension#client()}, or as a
 * parameter of a test method:
 *
 * <pre>{@code
 * Reply reply = client.post("/stripe", "{\"type\":\"payment_intent.succeeded\"}", Signers.stripe(SECRET));
 * assertEquals(200, reply.status());
 * }</pre>
 *
 * <p>Thread-safe: tests may send deliveries from many threads at once.
 */
public final class DeliveryClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  // The client writes these itself from the request; it refuses them as headers of their own.
  private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host",
      "upgrade");

  private final URI baseUri;
  private final HttpClient http;

  DeliveryClient(URI baseUri) {
    this.baseUri = baseUri;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
  }

  /**
   * Posts {@code body} as JSON to {@code path}, signed by {@code signer}: the delivery a provider
   * with that secret would send.
   *
   * @param path the receiver's path, base path included: {@code /stripe}
   */
  public Reply post(String path, String body, Signer signer) {
    return send(signer.request(path, body));
  }

  /** Posts {@code body} as JSON to {@code path}, unsigned: what a forger without the secret sends. */
  public Reply post(String path, String body) {
    return send(WebhookRequest.builder().method("POST").path(path).header("Content-Type", Signer.JSON)
        .body(body).build());
  }

  /**
   * Sends {@code request} as it is: its method, path, query string, headers and body. Headers
   * the HTTP client writes itself ({@code Host}, {@code Content-Length}, {@code Connection},
   * {@code Expect}, {@code Upgrade}) are left to it.
   *
   * @throws UncheckedIOException if the server could not be reached or did not answer in 30 seconds
   */
  public Reply send(WebhookRequest request) {
    HttpRequest.Builder http = HttpRequest.newBuilder(uriOf(request)).timeout(TIMEOUT)
        .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.bodyBytes()));
    for (String name : request.headerNames()) {
      if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
        request.headers(name).forEach(value -> http.header(name, value));
      }
    }
    return exchange(http.build());
  }

  /** The address deliveries go to: {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return baseUri;
  }

  private Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending " + request.method() + " " + request.uri(), e);
    }
  }

  // The query string as the request holds it, not encoded again from its parameters: a signature
  // over the URL (Twilio's) covers its escapes and order.
  private URI uriOf(WebhookRequest request) {
    String query = request.query();
    return URI.create(baseUri + Objects.requireNonNull(request.path(), "path") + (query.isEmpty() ? "" : "?" + query));
  }
}
