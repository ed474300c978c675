package io.hookwire.example.send;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts deliveries to a server, as the providers do. */
public final class DeliveryClient {
  private final HttpClient client;
  private final Duration timeout;

  /** A client that waits at most {@code timeout} to connect, and again for each answer. */
  public DeliveryClient(Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.timeout = timeout;
  }

  /**
   * Posts {@code delivery} to the server at {@code baseUrl} (such as {@code http://localhost:4567}).
   *
   * @return the server's answer
   * @throws IOException if the server cannot be reached
   */
  public Answer send(String baseUrl, OutgoingDelivery delivery) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(trimmed(baseUrl) + delivery.path()))
        .timeout(timeout)
        .header("Content-Type", delivery.contentType())
        .POST(HttpRequest.BodyPublishers.ofString(delivery.body()));
    delivery.headers().forEach(request::header);
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  private static String trimmed(String baseUrl) {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * A server's answer to a delivery.
   *
   * @param status the HTTP status
   * @param body the body as text
   */
  public record Answer(int status, String body) {
    @Override
    public String toString() {
      return "HTTP " + status + (body.isEmpty() ? "" : ": " + body);
    }
  }
}
