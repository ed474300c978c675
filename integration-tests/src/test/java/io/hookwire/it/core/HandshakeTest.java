package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.it.core.receivers.Challenges;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @Handshake} through {@link Hookwire#handle}: every kind of parameter is bound for a
 * {@code GET}, {@code @Verify} never runs for it, and a method that fails or answers nothing is a
 * {@code 500}, while one that chooses its own status keeps it.
 */
class HandshakeTest {
  private final Hookwire hookwire = Hookwire.builder().only(Challenges.class).build();

  private static WebhookRequest.Builder get(String say) {
    WebhookRequest.Builder request = WebhookRequest.builder().method("GET").path("/challenges/acme");
    return say == null ? request : request.queryParam("say", say);
  }

  @Test
  void pathQueryHeaderAndRequestAreBoundWithoutVerifying() {
    WebhookResponse response = hookwire.handle(get("hello").header("X-Probe", "p1").build());

    assertEquals(200, response.status(), response::toString);
    assertEquals("acme hello p1 GET", response.body());
  }

  @Test
  void absentOptionalParametersAreEmpty() {
    WebhookResponse response = hookwire.handle(get(null).build());

    assertEquals(200, response.status(), response::toString);
    assertEquals("acme - - GET", response.body());
  }

  @Test
  void aStatusTheMethodChoseIsKept() {
    assertEquals(418, hookwire.handle(get("teapot").build()).status());
  }

  @Test
  void aMethodThatThrowsIsAnInternalError() {
    WebhookResponse response = hookwire.handle(get("fail").build());

    assertEquals(500, response.status());
    assertEquals("Internal server error.", response.body());
  }

  @Test
  void aMethodThatAnswersNullIsAnInternalError() {
    assertEquals(500, hookwire.handle(get("null").build()).status());
  }

  @Test
  void otherMethodsAreNotAllowedAndAllowListsGetAndPost() {
    WebhookResponse response = hookwire.handle(get("hello").method("HEAD").build());

    assertEquals(405, response.status());
    assertEquals(Map.of("Allow", "GET, POST"), response.headers());
  }

  @Test
  void aPostIsStillVerified() {
    // The @Verify of this receiver refuses everything: a 403 shows that it ran.
    assertEquals(403, hookwire.handle(WebhookRequest.builder().path("/challenges/acme").body("{}").build()).status());
  }
}
