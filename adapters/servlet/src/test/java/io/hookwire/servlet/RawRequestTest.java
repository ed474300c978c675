package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request reaches the receiver as the client sent it: the path after the servlet's prefix
 * still percent-encoded, the query string raw, and a form body unread by the container.
 */
class RawRequestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunningServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private Loopback serve(ServletServers servers, String botToken) throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .only(TelegramReceiver.class)
        .instance(new TelegramReceiver(botToken))
        .build();
    server = servers.start(hookwire);
    return new Loopback(server);
  }

  private static JsonNode seen(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response::body);
    return JSON.readTree(response.body());
  }

  @Test
  void theRawPathAfterThePrefixAndTheRawQueryReachTheReceiver() throws Exception {
    Loopback client = serve(ServletServers.underPrefix().lenientUris(), "tok/en");

    JsonNode seen = seen(client.send(client.request("/telegram/%74ok%2Fen/updates?chat=42&tag=a&tag=b%20c&flag")
        .header("X-Trace", "one")
        .header("X-Trace", "two")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))));

    assertEquals("/telegram/%74ok%2Fen/updates", seen.get("path").asText());
    assertEquals("tok/en", seen.get("pathParams").get("botToken").asText());
    assertEquals(Map.of("chat", List.of("42"), "tag", List.of("a", "b c"), "flag", List.of("")),
        JSON.convertValue(seen.get("queryParams"), Map.class));
    assertEquals("[\"one\",\"two\"]", seen.get("trace").toString());
    assertEquals("127.0.0.1", seen.get("remoteAddress").asText());
  }

  @Test
  void anEncodedSlashStaysInsideItsSegment() throws Exception {
    Loopback client = serve(ServletServers.atRoot().lenientUris(), "a/b c");

    JsonNode seen = seen(client.post("/telegram/a%2Fb%20c/updates", "{}"));

    assertEquals("/telegram/a%2Fb%20c/updates", seen.get("path").asText());
    assertEquals("a/b c", seen.get("pathParams").get("botToken").asText());
  }

  @Test
  void aFormBodyReachesTheReceiverAsItsRawBytes() throws Exception {
    Loopback client = serve(ServletServers.atRoot(), "123:ABC");
    String form = "chat=evil&text=a%20b+c&payload=%7B%7D";

    JsonNode seen = seen(client.post("/telegram/123:ABC/updates?chat=42", form,
        "Content-Type", "application/x-www-form-urlencoded"));

    assertEquals(form, seen.get("body").asText());
    assertEquals("[\"42\"]", seen.get("queryParams").get("chat").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/app/ho%6Fks/telegram/123:ABC/updates",
      "/app/./hooks/telegram/123:ABC/updates",
      "/app/hooks;x=1/telegram/123:ABC/updates",
      "/app/hooks",
      "/app/hooks/",
      "/app/hooks/telegram/123:ABC/updates/"})
  void aPathNotWrittenAsTheReceiverSIsNotServed(String target) throws Exception {
    Loopback client = serve(ServletServers.underPrefix(), "123:ABC");

    RawAnswer answer = client.raw().exchange("POST " + target + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");

    assertEquals(404, answer.status(), answer::text);
  }

  @Test
  void theSamePathWrittenPlainlyIsServed() throws Exception {
    Loopback client = serve(ServletServers.underPrefix(), "123:ABC");

    RawAnswer answer = client.raw().exchange("POST /app/hooks/telegram/123:ABC/updates HTTP/1.1\r\n"
        + "Host: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

    assertEquals(200, answer.status(), answer::text);
  }
}
