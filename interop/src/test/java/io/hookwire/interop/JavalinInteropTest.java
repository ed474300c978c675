package io.hookwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.Hookwire;
import io.hookwire.test.Signers;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Javalin 7 application serving GitHub deliveries through {@code hookwire-servlet}, over real
 * loopback HTTP: signed deliveries reach the handler, forged ones do not, and Javalin's own routes
 * keep answering beside Hookwire's.
 */
class JavalinInteropTest {
  private static final String SECRET = "It's a Secret to Everybody";
  private static final String OPENED = """
      {"action":"opened","issue":{"number":1347,"title":"Found a bug","user":{"login":"octocat"}},
       "repository":{"full_name":"octocat/Hello-World"}}""";
  // Only a guard against a server that never answers: no test depends on how long it takes.
  private static final Duration GUARD = Duration.ofSeconds(20);
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(GUARD)
      .build();

  private final Posts posts = new Posts();
  private Hookwire hookwire;
  private Javalin app;

  @BeforeEach
  void start() {
    hookwire = Hookwire.builder()
        .only(IssuesReceiver.class)
        .instance(new IssuesReceiver(SECRET, posts))
        .build();
    app = BlogApp.start(hookwire, posts);
  }

  @AfterEach
  void stop() throws InterruptedException {
    // As an application would: drain Hookwire while answers can still be written, then stop the server.
    hookwire.stop(Duration.ofSeconds(5));
    app.stop();
  }

  @Test
  void aSignedDeliveryIsHandled() throws Exception {
    HttpResponse<String> response = deliver(OPENED, sign(SECRET, OPENED));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("OK", response.body());
    assertEquals(List.of("Found a bug"), posts.titles());
  }

  @Test
  void aForgedDeliveryIsRefusedAndReachesNoHandler() throws Exception {
    HttpResponse<String> response = deliver(OPENED, sign("a guessed secret", OPENED));

    assertEquals(403, response.statusCode());
    assertEquals("Request verification failed.", response.body());
    assertEquals(List.of(), posts.titles());
  }

  @Test
  void theApplicationsOwnRouteStillAnswers() throws Exception {
    HttpResponse<String> response = get("/api/posts");

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("[]", response.body());
  }

  @Test
  void theApplicationsRouteShowsWhatAHandledDeliveryWrote() throws Exception {
    assertEquals(200, deliver(OPENED, sign(SECRET, OPENED)).statusCode());

    HttpResponse<String> response = get("/api/posts");

    assertEquals(200, response.statusCode());
    assertEquals("[\"Found a bug\"]", response.body());
  }

  @Test
  void pathsOutsideTheHooksPrefixStayJavalins() throws Exception {
    // Javalin answers its own 404 for a path it has no route for, even one a receiver has
    // without the prefix: Hookwire only sees what the container maps under /hooks.
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/github/events"))
        .POST(HttpRequest.BodyPublishers.ofString(OPENED)));

    assertEquals(404, response.statusCode());
    assertEquals(List.of(), posts.titles());
  }

  private HttpResponse<String> deliver(String body, String signature) throws Exception {
    return send(HttpRequest.newBuilder(uri(BlogApp.HOOKS + "/github/events"))
        .header("Content-Type", "application/json")
        .header("X-GitHub-Event", "issues")
        .header("X-Hub-Signature-256", signature)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.timeout(GUARD).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  /** What GitHub sends in {@code X-Hub-Signature-256}. */
  private static String sign(String secret, String body) {
    return Signers.github(secret).headers(body).get("X-Hub-Signature-256");
  }
}
