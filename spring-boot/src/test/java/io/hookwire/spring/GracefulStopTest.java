package io.hookwire.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.spring.app.Holds;
import io.hookwire.spring.app.TestApplication;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closing the application drains Hookwire before the web server stops: a delivery under way
 * finishes and its answer reaches the sender, while deliveries arriving meanwhile are answered
 * {@code 503} with {@code Retry-After}, by a web server that still accepts them. The delivery is
 * held by its handler until the test has seen the refusals, so nothing depends on timing.
 */
class GracefulStopTest {

  @Test
  void aDeliveryUnderWayFinishesAndNewOnesAre503WhileTheApplicationStops() throws Exception {
    ConfigurableApplicationContext application = new SpringApplicationBuilder(TestApplication.class)
        .properties("server.port=0")
        .run();
    Http http = new Http(((WebServerApplicationContext) application).getWebServer().getPort());
    Holds holds = application.getBean(Holds.class);

    CompletableFuture<HttpResponse<String>> underWay = CompletableFuture.supplyAsync(() -> send(
        () -> http.github("/github", "hold", "{\"held\":true}")));
    assertTrue(holds.awaitHolding(), "the delivery never reached its handler");
    CompletableFuture<Void> closing = CompletableFuture.runAsync(application::close);

    HttpResponse<String> refused = awaitRefusal(http);
    assertEquals("30", refused.headers().firstValue("Retry-After").orElse(null));
    assertTrue(!closing.isDone(), "the application stopped with a delivery under way");

    holds.release();
    HttpResponse<String> finished = underWay.get(30, TimeUnit.SECONDS);
    assertEquals(200, finished.statusCode());
    assertEquals("held", finished.body());
    closing.get(30, TimeUnit.SECONDS);
  }

  /** Posts until Hookwire's stop has begun and refuses the delivery, within a bound. */
  private static HttpResponse<String> awaitRefusal(Http http) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      HttpResponse<String> answer = http.post("/plain", "{}");
      if (answer.statusCode() == 503) {
        return answer;
      }
      assertEquals(200, answer.statusCode(), answer::body);
      Thread.sleep(5);
    }
    throw new AssertionError("Hookwire never began refusing deliveries");
  }

  private interface Request {
    HttpResponse<String> send() throws Exception;
  }

  private static HttpResponse<String> send(Request request) {
    try {
      return request.send();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
