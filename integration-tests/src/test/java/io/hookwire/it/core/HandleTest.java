package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Hookwire#handle(WebhookRequest)}: the pipeline without HTTP, as applications test with it. */
class HandleTest {
  private final Hookwire hookwire = Hookwire.builder()
      .only(PingReceiver.class, TelegramReceiver.class)
      .instance(new TelegramReceiver("t0k3n"))
      .maxBodyBytes(16)
      .build();

  private static WebhookRequest.Builder post(String path) {
    return WebhookRequest.builder().path(path);
  }

  @Test
  void aKnownPathIsAnswered() {
    WebhookResponse response = hookwire.handle(post("/ping").build());

    assertEquals(200, response.status());
    assertEquals("pong", response.body());
  }

  @Test
  void anUnknownPathIsNotFound() {
    WebhookResponse response = hookwire.handle(post("/pong").build());

    assertEquals(404, response.status());
    assertEquals("Not found.", response.body());
  }

  @Test
  void anotherMethodIsNotAllowed() {
    WebhookResponse response = hookwire.handle(post("/ping").method("GET").build());

    assertEquals(405, response.status());
    assertEquals(Map.of("Allow", "POST"), response.headers());
  }

  @Test
  void aLowerCaseMethodIsNotAllowedAsOverHttp() {
    WebhookResponse response = hookwire.handle(post("/ping").method("post").build());

    assertEquals(405, response.status());
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    assertEquals(200, hookwire.handle(post("/ping").body("x".repeat(16)).build()).status());
    assertEquals(413, hookwire.handle(post("/ping").body("x".repeat(17)).build()).status());
  }

  @Test
  void pathParametersAreTakenFromThePath() {
    WebhookResponse response = hookwire.handle(post("/telegram/t0k3n/updates").body("{}").build());

    assertEquals(200, response.status());
    assertEquals(WebhookResponse.APPLICATION_JSON, response.contentType());
    assertTrue(response.body().contains("\"pathParams\":{\"botToken\":\"t0k3n\"}"), response.body());
  }

  @Test
  void aPathParameterTheVerifierRejectsFailsVerification() {
    WebhookResponse response = hookwire.handle(post("/telegram/forged/updates").body("{}").build());

    assertEquals(403, response.status());
    assertEquals("Request verification failed.", response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"%C0%AF", "%FF", "t0k3n%FF", "%zz", "%", "t0k3n%4"})
  void aPathParameterThatIsNotPercentEncodedUtf8IsABadRequest(String value) {
    WebhookResponse response = hookwire.handle(post("/telegram/" + value + "/updates").body("{}").build());

    assertEquals(400, response.status());
    assertEquals("Bad request.", response.body());
    assertTrue(response.contentType().startsWith("text/plain"), response.contentType());
  }

  @Test
  void aPathParameterThatIsNotUtf8IsRefusedBeforeTheMethod() {
    // Decided on the path, as every adapter decides it on the request's head.
    WebhookResponse response = hookwire.handle(post("/telegram/%FF/updates").method("GET").build());

    assertEquals(400, response.status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api", "api", "/api/", " api// "})
  void theBasePathPrefixesEveryPath(String basePath) {
    Hookwire prefixed = Hookwire.builder().only(PingReceiver.class).basePath(basePath).build();

    assertEquals(200, prefixed.handle(post("/api/ping").build()).status());
    assertEquals(404, prefixed.handle(post("/ping").build()).status());
    assertEquals("/api", prefixed.basePath(), "as adapters read it to map their server's paths");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/"})
  void anEmptyBasePathIsNone(String basePath) {
    Hookwire plain = Hookwire.builder().only(PingReceiver.class).basePath(basePath).build();

    assertEquals(200, plain.handle(post("/ping").build()).status());
    assertEquals("", plain.basePath());
  }

  @Test
  void jsonNullForATypedEventIsABadRequest() {
    WebhookResponse answer = shopDelivery("order.described", "null");

    assertEquals(400, answer.status(), answer.body());
  }

  @Test
  void anEventTypeJacksonCannotBindIsTheReceiversFaultNotTheSenders() {
    // A 400 would tell the sender not to retry, and the event would be lost: 500 lets it retry once fixed.
    WebhookResponse answer = shopDelivery("order.shaped", "{}");

    assertEquals(500, answer.status(), answer.body());
    assertEquals("Internal server error.", answer.body());
  }

  private static WebhookResponse shopDelivery(String event, String body) {
    Hookwire hookwire = Hookwire.builder().only(ShopReceiver.class).build();
    return hookwire.handle(WebhookRequest.builder().path("/shop/events")
        .header("X-Signature", ShopReceiver.SIGNATURE).header("X-Event", event).body(body).build());
  }
}
