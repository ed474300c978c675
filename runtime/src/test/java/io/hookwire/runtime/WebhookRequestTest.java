package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a request promises about its body, on which verifiers and binders rely. */
class WebhookRequestTest {
  @Test
  void aCallersLaterChangesToTheArrayNeverReachTheRequest() {
    byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
    WebhookRequest request = WebhookRequest.builder().body(body).build();

    body[6] = '2';

    assertEquals("{\"id\":1}", request.bodyString());
    assertArrayEquals("{\"id\":1}".getBytes(StandardCharsets.UTF_8), request.bodyBytes());
  }

  @Test
  void theTextOfTheBodyAlwaysAgreesWithItsBytes() {
    WebhookRequest request = WebhookRequest.builder().body("{\"id\":1}").build();
    assertEquals("{\"id\":1}", request.bodyString());

    // Against the documentation, but the two views must never disagree.
    request.bodyBytes()[6] = '2';

    assertEquals("{\"id\":2}", request.bodyString());
  }

  @Test
  void aRequestBuiltFromAnotherKeepsItsBody() {
    WebhookRequest request = WebhookRequest.builder().body("{}").header("X-Event", "order").build();

    WebhookRequest copy = request.toBuilder().header("X-Retry", "1").build();

    assertEquals("{}", copy.bodyString());
    assertEquals("order", copy.header("X-Event").orElseThrow());
  }

  @Test
  void theMethodIsKeptAsGivenSinceHttpMethodsAreCaseSensitive() {
    assertEquals("post", WebhookRequest.builder().method("post").build().method());
    assertEquals("POST", WebhookRequest.builder().build().method());
  }
}
