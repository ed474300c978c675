package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.contract.Loopback;
import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.runtime.Hookwire;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body over the limit is answered {@code 413} and its connection closed, whether its length was
 * declared or it came in chunks, read asynchronously or blocking.
 */
class BodyLimitTest {
  private static final String PATH = "/shop/events";
  private static final int LIMIT = 1024;

  private final ShopReceiver shop = new ShopReceiver();
  private RunningServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private Loopback serve(boolean async) throws Exception {
    Hookwire hookwire = Hookwire.builder().only(ShopReceiver.class).instance(shop).maxBodyBytes(LIMIT).build();
    server = (async ? ServletServers.atRoot() : ServletServers.blocking()).start(hookwire);
    return new Loopback(server);
  }

  private void assertTooLargeAndClosed(RawAnswer answer) {
    // RawHttp reads until the server closes: an answer proves the connection closed.
    assertEquals(413, answer.status(), answer::text);
    assertEquals("Payload too large.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertTrue(shop.orders().isEmpty());
  }

  @ParameterizedTest(name = "async {0}")
  @ValueSource(booleans = {true, false})
  void aDeclaredLengthOverTheLimitIsTooLargeBeforeTheBodyIsRead(boolean async) throws Exception {
    Loopback client = serve(async);

    RawAnswer answer = client.raw().exchange(RawRequests.head(client.target(PATH), "Content-Length: " + (LIMIT + 1)));

    assertTooLargeAndClosed(answer);
  }

  @ParameterizedTest(name = "async {0}")
  @ValueSource(booleans = {true, false})
  void aChunkedBodyGrowingPastTheLimitIsTooLarge(boolean async) throws Exception {
    Loopback client = serve(async);
    String chunk = "x".repeat(LIMIT + 1);

    // No last chunk: the answer must come without the end of the body.
    RawAnswer answer = client.raw().exchange(RawRequests.head(client.target(PATH), "Transfer-Encoding: chunked")
        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");

    assertTooLargeAndClosed(answer);
  }

  @ParameterizedTest(name = "async {0}")
  @ValueSource(booleans = {true, false})
  void aChunkedBodyAtTheLimitIsHandled(boolean async) throws Exception {
    Loopback client = serve(async);
    String order = "{\"id\":\"A-1\",\"quantity\":3}";
    String padded = order + " ".repeat(LIMIT - order.length());

    HttpResponse<String> response = client.postChunked(PATH, padded.getBytes(StandardCharsets.UTF_8),
        "X-Signature", ShopReceiver.SIGNATURE, "X-Event", "order.created");

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(1, shop.orders().size());
  }
}
