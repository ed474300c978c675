package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.it.core.receivers.ScannedTypes;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event type read from a JSON body by a scan that builds no tree, through
 * {@link Hookwire#handle} and a generated receiver: the type is the one the event is bound
 * with, even when a name repeats, and a body that is not JSON is refused with {@code 400} before
 * any handler runs, wherever it breaks and whatever the handler takes.
 */
class ScannedTypeTest {
  private final ScannedTypes receiver = new ScannedTypes();
  private final Hookwire hookwire = Hookwire.builder().only(ScannedTypes.class).instance(receiver).build();

  private WebhookResponse post(String body) {
    return hookwire.handle(WebhookRequest.builder().path("/scanned-types")
        .header("Content-Type", "application/json").body(body).build());
  }

  private static void assertAnswer(String expected, WebhookResponse response) {
    assertEquals(200, response.status(), response::toString);
    assertEquals(expected, response.body());
  }

  @Test
  void theTypeIsReadAtAMemberThenAtAnElement() {
    assertAnswer("order order 7", post("{\"type\":\"order\",\"id\":\"7\"}"));
    assertAnswer("refund", post("{\"type\":\"order\",\"items\":[{\"kind\":\"refund\"},{\"kind\":\"sale\"}]}"));
    assertAnswer("order order 8", post("{\"type\":\"order\",\"id\":\"8\",\"items\":[{\"kind\":\"sale\"}]}"));
  }

  @Test
  void theLastOfARepeatedNameIsTheTypeAndTheBoundValue() {
    assertAnswer("order order 9", post("{\"type\":\"ping\",\"id\":\"9\",\"type\":\"order\"}"));
    assertAnswer("pong", post("{\"type\":\"order\",\"type\":\"ping\"}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"type\":\"ping\",\"rest\":[1,2}",
    "{\"type\":\"ping\"} {}",
    "{\"type\":\"order\",\"items\":[{\"kind\":\"refund\"}],\"rest\":\"open}",
    "{\"type\":\"nobody\",\"rest\":tru}",
    "{\"type\":\"ping\"",
  })
  void aBodyBrokenAfterTheTypeIsABadRequestThatNoHandlerSees(String body) {
    WebhookResponse response = post(body);

    assertEquals(400, response.status(), response::toString);
    assertEquals(0, receiver.calls());
  }

  @Test
  void aTypeNoHandlerNamesInValidJsonIsAcknowledged() {
    assertAnswer("OK", post("{\"type\":\"nobody\",\"items\":[]}"));
    assertEquals(0, receiver.calls());
  }
}
