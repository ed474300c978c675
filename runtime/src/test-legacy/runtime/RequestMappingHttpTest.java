package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.runtime.spi.JsonMappers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a request Spark received reaches a receiver: path parameters with their names' case kept,
 * query parameters and headers with all their values, the remote address and the body.
 */
class RequestMappingHttpTest {
  private static final String TOKEN = "123:ABC";

  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.create();
    server.http().get("/health", (request, response) -> "up");
    server.mount(Hookwire.builder().registry(new TelegramRegistry()).instance(new TelegramReceiver(TOKEN)).build())
        .start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode seen(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response::body);
    return JsonMappers.DEFAULT.readTree(response.body());
  }

  @Test
  void pathParametersKeepTheCaseOfTheirNames() throws Exception {
    JsonNode seen = seen(server.post("/telegram/" + TOKEN + "/updates", "{}"));

    assertEquals(Map.of("botToken", TOKEN), JsonMappers.DEFAULT.convertValue(seen.get("pathParams"), Map.class));
    assertEquals("/telegram/" + TOKEN + "/updates", seen.get("path").asText());
    assertEquals("POST", seen.get("method").asText());
  }

  @Test
  void aPathParameterIsDecodedOnItsOwn() throws Exception {
    TestServer other = TestServer.serving(Hookwire.builder()
        .registry(new TelegramRegistry()).instance(new TelegramReceiver("a/b c")).build());
    try (other) {
      JsonNode seen = seen(other.post("/telegram/a%2Fb%20c/updates", "{}"));

      assertEquals("a/b c", seen.get("pathParams").get("botToken").asText());
    }
  }

  @Test
  void aWrongPathParameterFailsVerification() throws Exception {
    assertEquals(403, server.post("/telegram/999:XYZ/updates", "{}").statusCode());
  }

  @Test
  void queryParametersKeepAllTheirValues() throws Exception {
    JsonNode seen = seen(server.post("/telegram/" + TOKEN + "/updates?chat=42&tag=a&tag=b%20c&flag", "{}"));

    assertEquals(
        Map.of("chat", List.of("42"), "tag", List.of("a", "b c"), "flag", List.of("")),
        JsonMappers.DEFAULT.convertValue(seen.get("queryParams"), Map.class));
  }

  @Test
  void queryParametersOfAFormPostAreNotReadFromTheBody() throws Exception {
    JsonNode seen = seen(server.post("/telegram/" + TOKEN + "/updates?chat=42", "chat=evil",
        "Content-Type", "application/x-www-form-urlencoded"));

    assertEquals("[\"42\"]", seen.get("queryParams").get("chat").toString());
    assertEquals("chat=evil", seen.get("body").asText());
  }

  @Test
  void headersKeepAllTheirValuesTheBodyAndTheAddressArrive() throws Exception {
    JsonNode seen = seen(server.post("/telegram/" + TOKEN + "/updates", "{\"update_id\":7}",
        "X-Trace", "first", "X-Trace", "second"));

    assertEquals("[\"first\",\"second\"]", seen.get("trace").toString());
    assertEquals("{\"update_id\":7}", seen.get("body").asText());
    assertEquals("127.0.0.1", seen.get("remoteAddress").asText());
  }

  @Test
  void theApplicationsOwnRoutesKeepWorking() throws Exception {
    HttpResponse<String> health = server.send(server.request("/health").GET());

    assertEquals(200, health.statusCode());
    assertEquals("up", health.body());
    assertEquals(404, server.post("/not/a/receiver", "{}").statusCode());
  }
}
