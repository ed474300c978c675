package io.hookwire.jetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.http.UriCompliance.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which requests {@link HookwireHandler} takes, and what of them reaches Hookwire: the raw path in
 * its context, the raw query, every header value. Everything else goes on to the application.
 */
class RoutingTest {
  private static final String ORDER = "{\"id\":\"A-1\",\"quantity\":3}";
  // What the handler's documentation suggests for receivers whose path parameters may hold anything,
  // and bad UTF-8 as well, so that Hookwire's own refusal of it can be seen.
  private static final UriCompliance RAW_PATHS = UriCompliance.DEFAULT.with("RAW_PATHS",
      Violation.AMBIGUOUS_PATH_SEPARATOR, Violation.AMBIGUOUS_PATH_SEGMENT, Violation.AMBIGUOUS_EMPTY_SEGMENT,
      Violation.AMBIGUOUS_PATH_ENCODING, Violation.BAD_UTF8_ENCODING);

  private final ObjectMapper json = new ObjectMapper();
  private final ShopReceiver shop = new ShopReceiver();
  private JettyServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private Loopback serveShop(JettyServers servers) throws Exception {
    server = servers.start(Hookwire.builder().only(ShopReceiver.class).instance(shop).build());
    return new Loopback(server);
  }

  private Loopback serveTelegram(JettyServers servers, String botToken) throws Exception {
    server = servers.start(Hookwire.builder().only(TelegramReceiver.class).instance(new TelegramReceiver(botToken)).build());
    return new Loopback(server);
  }

  /** What the receiver saw, as it answered: JSON in UTF-8, which the raw answer holds as ISO-8859-1 text. */
  private JsonNode seen(RawAnswer answer) throws Exception {
    return json.readTree(answer.body().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String post(String target, String body, String... headerLines) {
    StringBuilder request = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    return request.append("Content-Length: ").append(body.length()).append("\r\nConnection: close\r\n\r\n")
        .append(body).toString();
  }

  @Test
  void aPathNoReceiverHasGoesToTheApplicationWithItsBodyUnread() throws Exception {
    Loopback client = serveShop(JettyServers.atRoot());

    HttpResponse<String> response = client.post("/echo", ORDER);

    assertEquals(200, response.statusCode());
    assertEquals("echo " + ORDER, response.body());
  }

  @Test
  void aPathNobodyHandlesIsJettysNotFound() throws Exception {
    Loopback client = serveShop(JettyServers.atRoot());

    HttpResponse<String> response = client.post("/shop/nothing", ORDER);

    assertEquals(404, response.statusCode());
    // Jetty's own page, not Hookwire's answer: the request was left to the server.
    assertFalse(response.body().startsWith("Not found."), response::body);
  }

  @Test
  void inAContextTheReceiverIsServedUnderTheContextPathOnly() throws Exception {
    Loopback client = serveShop(JettyServers.inContext("/hooks"));

    // The receiver's path without the context's in front.
    RawAnswer outside = client.raw().exchange(
        post("/shop/events", ORDER, "X-Signature: " + ShopReceiver.SIGNATURE, "X-Event: order.created"));
    HttpResponse<String> inside =
        client.post("/shop/events", ORDER, "X-Signature", ShopReceiver.SIGNATURE, "X-Event", "order.created");

    assertEquals(404, outside.status(), outside::text);
    assertEquals(200, inside.statusCode(), inside::body);
    assertEquals(List.of(new ShopReceiver.Order("A-1", 3)), shop.orders());
  }

  @Test
  void aContextPathSpelledOtherwiseIsLeftToTheApplication() throws Exception {
    Loopback client = serveShop(JettyServers.inContext("/hooks"));

    // Jetty finds the context by the decoded path; Hookwire matches only the path as written.
    RawAnswer answer = client.raw().exchange(
        post("/%68ooks/shop/events", ORDER, "X-Signature: " + ShopReceiver.SIGNATURE, "X-Event: order.created"));

    assertEquals(404, answer.status(), answer::text);
    assertTrue(shop.orders().isEmpty());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      /telegram/a%2Fb%20c/updates | a/b c
      /telegram/%2e%2e/updates    | ..
      /telegram/%74ok/updates     | tok
      """)
  void theRawPathReachesHookwireUndecoded(String path, String botToken) throws Exception {
    Loopback client = serveTelegram(JettyServers.atRoot().withUriCompliance(RAW_PATHS), botToken);

    RawAnswer answer = client.raw().exchange(post(path, "{}"));

    assertEquals(200, answer.status(), answer::text);
    JsonNode seen = seen(answer);
    assertEquals(path, seen.get("path").asText());
    assertEquals(botToken, seen.get("pathParams").get("botToken").asText());
  }

  @Test
  void aParameterThatIsNotUtf8ReachesHookwireOnlyToBeRefused() throws Exception {
    // A token that would pass @Verify, had the value been decoded with replacement characters.
    Loopback client = serveTelegram(JettyServers.atRoot().withUriCompliance(RAW_PATHS), "\uFFFD\uFFFD");

    RawAnswer answer = client.raw().exchange(post("/telegram/%C0%AF/updates", "{}"));

    assertEquals(400, answer.status(), answer::text);
    assertEquals("Bad request.", answer.body());
  }

  @ParameterizedTest
  @CsvSource({"/telegram/%C0%AF/updates", "/telegram/a%2Fb/updates", "/telegram//updates"})
  void jettysDefaultComplianceRefusesAmbiguousPathsBeforeAnyHandlerAndServesOn(String path) throws Exception {
    Loopback client = serveTelegram(JettyServers.atRoot(), "tok");

    RawAnswer refused = client.raw().exchange(post(path, "{}"));
    RawAnswer served = client.raw().exchange(post("/telegram/tok/updates", "{}"));

    assertEquals(400, refused.status(), refused::text);
    assertEquals(200, served.status(), served::text);
  }

  @Test
  void pathParametersOfTheRawPathAreMatchedInAContext() throws Exception {
    Loopback client = serveTelegram(JettyServers.inContext("/hooks").withUriCompliance(RAW_PATHS), "a/b");

    RawAnswer answer = client.raw().exchange(post(client.target("/telegram/a%2Fb/updates"), "{}"));

    assertEquals(200, answer.status(), answer::text);
    assertEquals("/telegram/a%2Fb/updates", seen(answer).get("path").asText());
  }

  @Test
  void theQueryIsTheRawQueryAndAFormBodyIsNeverReadAsParameters() throws Exception {
    Loopback client = serveTelegram(JettyServers.atRoot(), "tok");

    RawAnswer answer = client.raw().exchange(post("/telegram/tok/updates?chat=42&tag=a&tag=b%20c", "chat=evil",
        "Content-Type: application/x-www-form-urlencoded"));

    assertEquals(200, answer.status(), answer::text);
    JsonNode seen = seen(answer);
    assertEquals("[\"42\"]", seen.get("queryParams").get("chat").toString());
    assertEquals("[\"a\",\"b c\"]", seen.get("queryParams").get("tag").toString());
    assertEquals("chat=evil", seen.get("body").asText());
  }

  @Test
  void everyValueOfARepeatedHeaderArrives() throws Exception {
    Loopback client = serveTelegram(JettyServers.atRoot(), "tok");

    RawAnswer answer = client.raw().exchange(post("/telegram/tok/updates", "{}", "X-Trace: a", "X-Trace: b, c"));

    assertEquals(200, answer.status(), answer::text);
    JsonNode seen = seen(answer);
    assertEquals("[\"a\",\"b, c\"]", seen.get("trace").toString());
    assertEquals("127.0.0.1", seen.get("remoteAddress").asText());
  }
}
