package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.MetaPages;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.XActivity;
import io.hookwire.runtime.Hookwire;
import io.hookwire.test.Signers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET} challenges answered by {@code @Handshake} methods, without {@code @Verify}: Meta's
 * {@code hub.challenge} (the challenge echoed as text for the right verify token, {@code 403} for
 * a wrong one, {@code 400} when a parameter is missing) and X's CRC (a JSON answer). A receiver
 * with a handshake allows {@code GET} and {@code POST} and says so in {@code Allow}; one without
 * still answers {@code GET} with {@code 405} and {@code Allow: POST}.
 */
public abstract class HandshakeContract extends ContractServer {
  private static final String VERIFY_TOKEN = "a verify token for tests";
  private static final String APP_SECRET = "a Meta app secret for tests";
  private static final String CONSUMER_SECRET = "an X consumer secret for tests";
  private static final String SUBSCRIBE = MetaPages.PATH
      + "?hub.mode=subscribe&hub.verify_token=a+verify+token+for+tests&hub.challenge=1158201444";

  private final MetaPages meta = new MetaPages(VERIFY_TOKEN, APP_SECRET);
  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serve(Hookwire.builder()
        .only(MetaPages.class, XActivity.class, PingReceiver.class)
        .instance(meta)
        .instance(new XActivity(CONSUMER_SECRET))
        .build());
  }

  @Test
  void metaSubscriptionWithTheRightTokenGetsItsChallengeBack() throws Exception {
    HttpResponse<String> response = client.send(client.request(SUBSCRIBE).GET());

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("1158201444", response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        () -> response.headers().toString());
    assertEquals(0, meta.verifications(), "@Verify ran for a GET");
  }

  @Test
  void metaSubscriptionWithAWrongTokenIsForbidden() throws Exception {
    HttpResponse<String> response = client.send(client.request(SUBSCRIBE.replace("tests", "guests")).GET());

    assertEquals(403, response.statusCode(), response::body);
    assertEquals("Forbidden.", response.body());
  }

  @Test
  void metaSubscriptionWithoutAChallengeIsABadRequest() throws Exception {
    try (LogCapture log = LogCapture.start()) {
      HttpResponse<String> response = client.send(
          client.request(MetaPages.PATH + "?hub.mode=subscribe&hub.verify_token=x").GET());

      assertEquals(400, response.statusCode(), response::body);
      assertEquals("Bad request.", response.body());
      assertTrue(log.lines().stream().anyMatch(line -> line.contains(" INFO ")
          && line.contains("meta_pages: 400") && line.contains("missing query parameter hub.challenge")),
          () -> "no INFO line: " + log.lines());
      assertEquals(List.of(), log.alarms());
    }
  }

  @Test
  void theBodyOfAGetIsIgnored() throws Exception {
    String request = "GET " + client.target(SUBSCRIBE) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: 9\r\n\r\nnot json!";
    RawAnswer answer = client.raw().exchange(request);

    assertEquals(200, answer.status(), answer::text);
    assertEquals("1158201444", answer.body());
  }

  @Test
  void aDeliveryToTheSamePathIsStillVerifiedAndHandled() throws Exception {
    String body = "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"time\":1}]}";
    Map<String, String> signature = Signers.github(APP_SECRET).headers(body);
    HttpResponse<String> response = client.post(MetaPages.PATH, body, "Content-Type", "application/json",
        "X-Hub-Signature-256", signature.get("X-Hub-Signature-256"));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(1, meta.verifications());
    assertEquals(1, meta.pages());
  }

  @Test
  void xCrcCheckIsAnsweredWithTheJsonOfTheToken() throws Exception {
    HttpResponse<String> response = client.send(client.request(XActivity.PATH + "?crc_token=abc%2B123").GET());

    assertEquals(200, response.statusCode(), response::body);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> response.headers().toString());
    assertEquals("{\"response_token\":\"sha256=" + hmacBase64(CONSUMER_SECRET, "abc+123") + "\"}", response.body());
  }

  @Test
  void xCrcCheckWithoutATokenIsABadRequest() throws Exception {
    HttpResponse<String> response = client.send(client.request(XActivity.PATH).GET());

    assertEquals(400, response.statusCode(), response::body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HEAD", "PUT", "DELETE", "OPTIONS", "get"})
  void otherMethodsAreNotAllowedAndAllowListsGetAndPost(String method) throws Exception {
    String request = method + " " + client.target(SUBSCRIBE) + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\nContent-Length: 0\r\n\r\n";
    RawAnswer answer = client.raw().exchange(request);

    assertEquals(405, answer.status(), answer::text);
    assertTrue(answer.hasHeader("Allow", "GET, POST"), answer::text);
    assertEquals(0, meta.verifications());
  }

  @Test
  void aReceiverWithoutAHandshakeStillRefusesGet() throws Exception {
    HttpResponse<String> response = client.send(client.request("/ping").GET());

    assertEquals(405, response.statusCode(), response::body);
    assertEquals(List.of("POST"), response.headers().allValues("Allow"));
  }

  private static String hmacBase64(String key, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }
}
