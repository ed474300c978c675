package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.server.RequestHead;
import org.junit.jupiter.api.Test;

/**
 * The application's body limit: a body is held in one array, so a limit past what an array can
 * hold is refused when it is set, not discovered when a large body arrives.
 */
class MaxBodyBytesTest {

  @Test
  void aLimitPastWhatAnArrayHoldsIsRefusedNamingTheLargestAllowed() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().maxBodyBytes(Long.MAX_VALUE));

    assertTrue(refused.getMessage().contains(String.valueOf(Hookwire.MAX_BODY_BYTES_LIMIT)), refused.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Hookwire.builder().maxBodyBytes(Hookwire.MAX_BODY_BYTES_LIMIT + 1));
  }

  @Test
  void aReceiversOwnLimitIsCheckedAlikeWhereverItIsSet() {
    ReceiverDefinition<PingReceiver> ping = ReceiverDefinition.of(PingReceiver.class, "ping", "/ping",
        (receiver, mapper) -> {
          throw new AssertionError("never wrapped here");
        });

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ping.withMaxBodyBytes(Long.MAX_VALUE));

    assertTrue(refused.getMessage().contains(String.valueOf(Hookwire.MAX_BODY_BYTES_LIMIT)), refused.getMessage());
    assertEquals(Hookwire.MAX_BODY_BYTES_LIMIT,
        ping.withMaxBodyBytes(Hookwire.MAX_BODY_BYTES_LIMIT).maxBodyBytes().orElseThrow());
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().maxBodyBytes(-1));
  }

  @Test
  void theLargestLimitServesAndStillRefusesALargerDeclaredBodyOnItsHead() {
    Hookwire hookwire = Hookwire.builder().only(PingReceiver.class).maxBodyBytes(Hookwire.MAX_BODY_BYTES_LIMIT).build();

    assertEquals(200, hookwire.handle(WebhookRequest.builder().path("/ping").body("{}").build()).status());
    RequestHead huge = RequestHead.builder("POST", "/ping").contentLength(Long.MAX_VALUE).build();
    try (Reception reception = hookwire.receive(huge)) {
      assertEquals(413, reception.answerWithoutBody().orElseThrow().status());
    }
  }

  @Test
  void aLimitOfZeroTakesOnlyEmptyBodies() {
    Hookwire hookwire = Hookwire.builder().only(PingReceiver.class).maxBodyBytes(0).build();

    assertEquals(200, hookwire.handle(WebhookRequest.builder().path("/ping").build()).status());
    assertEquals(413, hookwire.handle(WebhookRequest.builder().path("/ping").body("x").build()).status());
  }
}
