package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a request promises about its body and query string, on which verifiers and binders rely. */
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

  @Test
  void keepsTheQueryStringAsReceivedBesideItsDecodedParameters() {
    WebhookRequest request = WebhookRequest.builder().query("b=%C3%A9&a=1&b=2&flag").build();
    assertEquals("b=%C3%A9&a=1&b=2&flag", request.query());
    assertEquals(List.of("\u00e9", "2"), request.queryParams().get("b"));
    assertEquals(Optional.of(""), request.queryParam("flag"));
    assertEquals("b=%C3%A9&a=1&b=2&flag", request.toBuilder().build().query());
  }

  @Test
  void encodesParametersAddedOneByOneIntoTheQueryString() {
    WebhookRequest request = WebhookRequest.builder().queryParam("to", "+1 555").queryParam("x", "\u00e9").build();
    assertEquals("to=%2B1+555&x=%C3%A9", request.query());
    assertEquals("", WebhookRequest.builder().build().query());
    assertEquals("", WebhookRequest.builder().queryParam("a", "1").query(null).build().query());
  }
}
