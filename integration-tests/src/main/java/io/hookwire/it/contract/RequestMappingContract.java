package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a request the server received reaches a receiver: path parameters with their names' case
 * kept and their values decoded on their own (a value that is not percent-encoded UTF-8 is refused
 * with {@code 400}), query parameters and headers with all their values, the remote address and
 * the body; and the application keeps every other path.
 */
public abstract class RequestMappingContract extends ContractServer {
  private static final String TOKEN = "123:ABC";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serve(telegram(TOKEN));
  }

  private static Hookwire telegram(String token) {
    return Hookwire.builder().only(TelegramReceiver.class).instance(new TelegramReceiver(token)).build();
  }

  private static JsonNode seen(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response::body);
    return JSON.readTree(response.body());
  }

  @Test
  void pathParametersKeepTheCaseOfTheirNames() throws Exception {
    JsonNode seen = seen(client.post("/telegram/" + TOKEN + "/updates", "{}"));

    assertEquals(Map.of("botToken", TOKEN), JSON.convertValue(seen.get("pathParams"), Map.class));
    assertEquals("/telegram/" + TOKEN + "/updates", seen.get("path").asText());
    assertEquals("POST", seen.get("method").asText());
  }

  @Test
  void aPathParameterIsDecodedOnItsOwn() throws Exception {
    Loopback other = serve(telegram("a/b c"));

    JsonNode seen = seen(other.post("/telegram/a%2Fb%20c/updates", "{}"));

    assertEquals("a/b c", seen.get("pathParams").get("botToken").asText());
  }

  @Test
  void aWrongPathParameterFailsVerification() throws Exception {
    assertEquals(403, client.post("/telegram/999:XYZ/updates", "{}").statusCode());
  }

  @Test
  void aParameterThatIsNotUtf8IsACleanRefusal() throws Exception {
    // A receiver that would accept what replacement characters make of the value, so that only a
    // refusal before @Verify answers 400: had @Verify run, it would answer 200 or 403.
    Loopback lenient = serve(telegram(TOKEN + "\uFFFD\uFFFD"));
    RawAnswer answer;
    List<String> log;
    try (LogCapture captured = LogCapture.start()) {
      // %C0%AF is an overlong encoding of "/", which no strict UTF-8 decoder takes.
      answer = lenient.raw().exchange(RawHttp.post(lenient.target("/telegram/" + TOKEN + "%C0%AF/updates"), "", "{}"));
      log = captured.lines();
    }

    assertEquals(400, answer.status(), answer::text);
    assertEquals("Bad request.", answer.body());
    assertTrue(answer.header("Content-Type").orElse("").startsWith("text/plain"), answer::text);
    assertEquals(1, log.stream()
        .filter(line -> line.contains(" INFO ") && line.contains("telegram: 400 the path parameter botToken"))
        .count(), () -> "not logged once at INFO: " + log);
    assertTrue(log.stream().noneMatch(line -> line.contains("ERROR")), () -> "logged as an error: " + log);
    assertTrue(log.stream().noneMatch(line -> line.startsWith("\tat ")), () -> "logged a stack trace: " + log);
    // The value may be a secret, as the bot token is: the log names the parameter instead.
    assertTrue(log.stream().noneMatch(line -> line.contains(TOKEN)), () -> "logged the value: " + log);
  }

  @Test
  void queryParametersKeepAllTheirValues() throws Exception {
    JsonNode seen = seen(client.post("/telegram/" + TOKEN + "/updates?chat=42&tag=a&tag=b%20c&flag", "{}"));

    assertEquals(
        Map.of("chat", List.of("42"), "tag", List.of("a", "b c"), "flag", List.of("")),
        JSON.convertValue(seen.get("queryParams"), Map.class));
  }

  @Test
  void queryParametersOfAFormPostAreNotReadFromTheBody() throws Exception {
    JsonNode seen = seen(client.post("/telegram/" + TOKEN + "/updates?chat=42", "chat=evil",
        "Content-Type", "application/x-www-form-urlencoded"));

    assertEquals("[\"42\"]", seen.get("queryParams").get("chat").toString());
    assertEquals("chat=evil", seen.get("body").asText());
  }

  @Test
  void headersKeepAllTheirValuesTheBodyAndTheAddressArrive() throws Exception {
    JsonNode seen = seen(client.post("/telegram/" + TOKEN + "/updates", "{\"update_id\":7}",
        "X-Trace", "first", "X-Trace", "second"));

    assertEquals("[\"first\",\"second\"]", seen.get("trace").toString());
    assertEquals("{\"update_id\":7}", seen.get("body").asText());
    assertEquals("127.0.0.1", seen.get("remoteAddress").asText());
  }

  @Test
  void theApplicationsOwnRoutesKeepWorking() throws Exception {
    HttpResponse<String> health = client.send(client.request("/health").GET());

    assertEquals(200, health.statusCode());
    assertEquals("up", health.body());
    assertEquals(404, client.post("/not/a/receiver", "{}").statusCode());
  }
}
