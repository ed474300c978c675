package io.hookwire.sample.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.test.Signers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample starts with its demo secret and records a star GitHub delivers, signed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {
  private static final String DEMO_SECRET = "demo-secret-change-me";

  @LocalServerPort
  private int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void aSignedStarIsRecordedAndShownByTheApplicationsOwnEndpoint() throws Exception {
    String body = "{\"action\":\"created\",\"repository\":{\"full_name\":\"acme/rockets\"},"
        + "\"sender\":{\"login\":\"octocat\"}}";
    HttpRequest.Builder star = HttpRequest.newBuilder(uri("/github"))
        .header("Content-Type", "application/json")
        .header("X-GitHub-Event", "star")
        .header("X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    Signers.github(DEMO_SECRET).headers(body).forEach(star::header);

    HttpResponse<String> answer = client.send(star.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer::body);

    HttpResponse<String> stars = client.send(HttpRequest.newBuilder(uri("/stars")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("[{\"repository\":\"acme/rockets\",\"user\":\"octocat\"}]", stars.body());
  }

  @Test
  void aDeliverySignedWithAnotherSecretIsRefused() throws Exception {
    String body = "{\"zen\":\"forged\"}";
    HttpRequest.Builder ping = HttpRequest.newBuilder(uri("/github"))
        .header("X-GitHub-Event", "ping")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    Signers.github("not the secret").headers(body).forEach(ping::header);

    assertEquals(403, client.send(ping.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
