package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Webhook(maxBodyBytes)} overrides the application's default for its receiver only. */
class ReceiverBodyLimitTest {
  private final Hookwire hookwire = Hookwire.builder()
      .registry(() -> List.of(
          Counting.definition("small", "/small").withMaxBodyBytes(10),
          Counting.definition("large", "/large").withMaxBodyBytes(64)))
      .instance(new Counting())
      .maxBodyBytes(32)
      .build();

  @Test
  void eachReceiverHasItsOwnLimitOverHttp() throws Exception {
    try (TestServer server = TestServer.serving(hookwire)) {
      assertEquals(200, server.post("/small", "x".repeat(10)).statusCode());
      assertEquals(413, server.post("/small", "x".repeat(11)).statusCode());
      assertEquals(200, server.post("/large", "x".repeat(64)).statusCode());
      assertEquals(413, server.post("/large", "x".repeat(65)).statusCode());
    }
  }

  @Test
  void eachReceiverHasItsOwnLimitWithoutHttp() {
    assertEquals(413, hookwire.handle(WebhookRequest.builder().path("/small").body("x".repeat(11)).build()).status());
    assertEquals(200, hookwire.handle(WebhookRequest.builder().path("/large").body("x".repeat(33)).build()).status());
  }
}
