package io.hookwire.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.spring.app.ChatApi;
import io.hookwire.spring.app.TestApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A receiver whose {@code @Connect} fails: the application starts and serves the others, and the
 * health endpoint says DOWN, naming the receiver and the class of its failure, never its message.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "app.chat.available=false")
class FailedConnectHealthTest {
  @LocalServerPort
  private int port;

  @Test
  void theHealthEndpointShowsTheFailedReceiverDownWithoutItsMessage() throws Exception {
    HttpResponse<String> answer = new Http(port).get("/actuator/health");

    assertEquals(503, answer.statusCode(), answer::body);
    JsonNode hookwire = new ObjectMapper().readTree(answer.body()).path("components").path("hookwire");
    assertEquals("DOWN", hookwire.path("status").asText(), answer.body());
    assertEquals("io.hookwire.runtime.WebhookSetupException",
        hookwire.path("details").path("failed").path("chat").asText(), answer.body());
    assertEquals("/github", hookwire.path("details").path("mounted").path("github").asText());
    assertFalse(answer.body().contains(ChatApi.REFUSAL) || answer.body().contains("chat-token"), answer.body());
  }

  @Test
  void theOtherReceiversServeWhileTheFailedOneDoesNot() throws Exception {
    Http http = new Http(port);

    assertEquals(200, http.github("/github", "ping", "{\"zen\":\"still here\"}").statusCode());
    assertEquals(404, http.post("/chat/" + TestApplication.CHAT_TOKEN + "/updates", "{}").statusCode());
  }
}
