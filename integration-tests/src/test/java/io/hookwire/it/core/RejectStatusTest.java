package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.contract.LogCapture;
import io.hookwire.it.core.receivers.Interactions;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.ReceiverDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Webhook(rejectStatus = 401)}: a request that fails verification is answered {@code 401}
 * with the usual body, as Discord expects, while the other receivers keep {@code 403}. Checked
 * through {@link Hookwire#handle}, which every server adapter shares.
 */
class RejectStatusTest {
  private final Hookwire hookwire = Hookwire.builder()
      .only(Interactions.class, TelegramReceiver.class)
      .instance(new TelegramReceiver("t0k3n"))
      .build();

  private WebhookResponse interaction(String token) {
    WebhookRequest.Builder request = WebhookRequest.builder().path("/interactions").body("{\"type\":1}");
    if (token != null) {
      request.header(Interactions.TOKEN_HEADER, token);
    }
    return hookwire.handle(request.build());
  }

  @Test
  void aForgedRequestIsUnauthorizedWithTheUsualBody() {
    WebhookResponse response = interaction("forged-token");

    assertEquals(401, response.status());
    assertEquals("Request verification failed.", response.body());
  }

  @Test
  void aRequestWithoutItsTokenIsUnauthorizedToo() {
    WebhookResponse response = interaction(null);

    assertEquals(401, response.status());
    assertEquals("Request verification failed.", response.body());
  }

  @Test
  void aGenuineRequestIsHandled() {
    WebhookResponse response = interaction(Interactions.TOKEN);

    assertEquals(200, response.status());
    assertEquals("handled", response.body());
  }

  @Test
  void theLogGivesTheStatusAnswered() {
    try (LogCapture log = LogCapture.start()) {
      interaction("forged-token");

      assertTrue(log.lines().stream().anyMatch(line -> line.contains("interactions: 401 request verification failed")),
          String.join("\n", log.lines()));
    }
  }

  @Test
  void otherReceiversKeepTheDefault() {
    WebhookResponse response = hookwire.handle(WebhookRequest.builder().path("/telegram/forged/updates").body("{}").build());

    assertEquals(403, response.status());
    assertEquals("Request verification failed.", response.body());
  }

  // Registries written by hand or by an older processor skip the compile-time check.
  @ParameterizedTest
  @ValueSource(ints = {200, 400, 404, 500})
  void aDefinitionRefusesAnyOtherStatus(int status) {
    ReceiverDefinition<Interactions> definition = ReceiverDefinition.of(Interactions.class, "interactions",
        "/interactions", (receiver, mapper) -> {
          throw new AssertionError("never wrapped here");
        });

    assertEquals(403, definition.rejectStatus());
    assertEquals(401, definition.withRejectStatus(401).rejectStatus());
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> definition.withRejectStatus(status));
    assertTrue(refused.getMessage().contains(String.valueOf(status)), refused.getMessage());
  }
}
