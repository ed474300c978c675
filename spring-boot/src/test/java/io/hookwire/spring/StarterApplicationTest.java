package io.hookwire.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.spring.app.TestApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An application with the starter, over real HTTP: receiver beans with their dependencies, a
 * receiver made with its constructor, the application's own controller beside them, and Hookwire's
 * health and metrics in Actuator.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterApplicationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  private int port;

  private Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aReceiverBeanAnswersWithTheServiceInjectedIntoIt() throws Exception {
    HttpResponse<String> answer = http.github("/github", "ping", "{\"zen\":\"Keep it simple.\"}");

    assertEquals(200, answer.statusCode(), answer::body);
    assertEquals("Hello from a bean: Keep it simple.", answer.body());
  }

  @Test
  void aDeliveryThatIsNotSignedWithTheSecretIsRefused() throws Exception {
    HttpResponse<String> answer = http.post("/github", "{\"zen\":\"forged\"}");

    assertEquals(403, answer.statusCode());
    assertEquals("Request verification failed.", answer.body());
  }

  @Test
  void aReceiverThatIsNoBeanIsMadeWithItsConstructor() throws Exception {
    HttpResponse<String> answer = http.post("/plain", "{}");

    assertEquals(200, answer.statusCode(), answer::body);
    assertEquals("plain", answer.body());
  }

  @Test
  void aReceiverWithAPathParameterIsServedUnderItsFixedStart() throws Exception {
    assertEquals("chat update", http.post("/chat/" + TestApplication.CHAT_TOKEN + "/updates", "{}").body());
    assertEquals(403, http.post("/chat/another-token/updates", "{}").statusCode());
  }

  @Test
  void theApplicationsControllersKeepTheirPaths() throws Exception {
    HttpResponse<String> hello = http.get("/hello");
    assertEquals(200, hello.statusCode());
    assertEquals("hello from the application", hello.body());

    HttpResponse<String> echo = http.post("/github-app/echo", "beside the receivers");
    assertEquals(200, echo.statusCode());
    assertEquals("echo beside the receivers", echo.body());

    // Spring's own 404, not Hookwire's: the servlet is not mapped there.
    HttpResponse<String> elsewhere = http.post("/nowhere", "{}");
    assertEquals(404, elsewhere.statusCode());
    assertTrue(!elsewhere.body().equals("Not found."), elsewhere.body());
  }

  @Test
  void healthIsUpWithEveryReceiverMountedAndItsPath() throws Exception {
    HttpResponse<String> answer = http.get("/actuator/health");

    assertEquals(200, answer.statusCode(), answer::body);
    JsonNode hookwire = JSON.readTree(answer.body()).path("components").path("hookwire");
    assertEquals("UP", hookwire.path("status").asText(), answer.body());
    assertEquals("/github", hookwire.path("details").path("mounted").path("github").asText());
    assertEquals("/chat/{token}/updates", hookwire.path("details").path("mounted").path("chat").asText());
    assertEquals("/plain", hookwire.path("details").path("mounted").path("plain").asText());
  }

  @Test
  void theMetricsAreInActuator() throws Exception {
    assertEquals(200, http.github("/github", "ping", "{\"zen\":\"counted\"}").statusCode());

    JsonNode handled = metric("hookwire.deliveries?tag=receiver:github&tag=outcome:handled&tag=status:200");
    assertTrue(handled.path("measurements").get(0).path("value").asDouble() >= 1, handled.toString());

    JsonNode timed = metric("hookwire.handler.duration?tag=receiver:github");
    assertTrue(timed.path("measurements").get(0).path("value").asDouble() >= 1, timed.toString());

    JsonNode active = metric("hookwire.deliveries.active");
    assertEquals(0, active.path("measurements").get(0).path("value").asDouble(), active.toString());

    JsonNode mounted = metric("hookwire.receivers?tag=state:mounted");
    assertEquals(3, mounted.path("measurements").get(0).path("value").asDouble(), mounted.toString());
  }

  private JsonNode metric(String nameAndQuery) throws Exception {
    HttpResponse<String> answer = http.get("/actuator/metrics/" + nameAndQuery);
    assertEquals(200, answer.statusCode(), () -> nameAndQuery + ": " + answer.body());
    return JSON.readTree(answer.body());
  }
}
