package io.hookwire.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.spring.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code hookwire.*} properties change what the application serves. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"hookwire.max-body-bytes=64B", "hookwire.base-path=/hooks"})
class PropertiesTest {
  private static final String SMALL = "{\"zen\":\"short\"}";
  private static final String LARGE = "{\"zen\":\"" + "a".repeat(100) + "\"}";

  @LocalServerPort
  private int port;

  @Test
  void aBodyOverTheLimitOfThePropertyIsAnswered413() throws Exception {
    Http http = new Http(port);

    assertEquals(413, http.github("/hooks/github", "ping", LARGE).statusCode());
    assertEquals(200, http.github("/hooks/github", "ping", SMALL).statusCode());
  }

  @Test
  void theReceiversAreServedUnderTheBasePathOnly() throws Exception {
    Http http = new Http(port);

    assertEquals(200, http.post("/hooks/plain", "{}").statusCode());
    assertEquals(200, http.post("/hooks/chat/" + TestApplication.CHAT_TOKEN + "/updates", "{}").statusCode());
    assertEquals(404, http.post("/plain", "{}").statusCode());
    assertEquals(200, http.get("/hello").statusCode());
  }
}
