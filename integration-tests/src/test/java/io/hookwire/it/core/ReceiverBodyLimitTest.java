package io.hookwire.it.core;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.it.core.receivers.BodyLimits;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code @Webhook(maxBodyBytes)} overrides the application's default for its receiver only: here
 * 10 and 64 bytes, around a default of 32. Checked through {@link Hookwire#handle} and through the
 * steps a server adapter takes, where a declared length is refused before its body is read and a
 * streamed body as soon as it passes the limit.
 */
class ReceiverBodyLimitTest {
  private final Hookwire hookwire = Hookwire.builder()
      .only(BodyLimits.Small.class, BodyLimits.Large.class, PingReceiver.class)
      .maxBodyBytes(32)
      .build();

  private WebhookResponse handle(String path, int bodyBytes) {
    return hookwire.handle(WebhookRequest.builder().path(path).body("x".repeat(bodyBytes)).build());
  }

  /** A request as an adapter hands it over, declaring its length or not (chunked). */
  private WebhookResponse receive(String path, int bodyBytes, boolean declared) {
    RequestHead head = RequestHead.builder("POST", path).contentLength(declared ? bodyBytes : -1).build();
    return BlockingAdapter.serve(hookwire, head, new ByteArrayInputStream("x".repeat(bodyBytes).getBytes(US_ASCII)));
  }

  @Test
  void eachReceiverHasItsOwnLimitWithoutHttp() {
    assertEquals(200, handle("/limits/small", 10).status());
    assertEquals(413, handle("/limits/small", 11).status());
    assertEquals(200, handle("/limits/large", 64).status());
    assertEquals(413, handle("/limits/large", 65).status());
  }

  @Test
  void aReceiverWithoutALimitOfItsOwnHasTheApplicationsDefault() {
    assertEquals(200, handle("/ping", 32).status());
    assertEquals(413, handle("/ping", 33).status());
  }

  @Test
  void theReceptionTellsTheAdapterTheLimitOfTheReceiverAtThePath() {
    assertEquals(10, limitAt("/limits/small"));
    assertEquals(64, limitAt("/limits/large"));
    assertEquals(32, limitAt("/ping"));
  }

  private long limitAt(String path) {
    try (Reception reception = hookwire.receive(RequestHead.builder("POST", path).build())) {
      return reception.maxBodyBytes();
    }
  }

  @Test
  void aDeclaredLengthOverTheReceiversLimitIsRefusedOnTheHead() {
    RequestHead head = RequestHead.builder("POST", "/limits/small").contentLength(11).build();

    try (Reception reception = hookwire.receive(head)) {
      WebhookResponse answer = reception.answerWithoutBody().orElseThrow();
      assertEquals(413, answer.status());
      assertEquals("close", answer.headers().get("Connection"));
    }
  }

  @Test
  void eachReceiverHasItsOwnLimitForDeclaredBodies() {
    assertEquals("took 10 bytes", receive("/limits/small", 10, true).body());
    assertEquals(413, receive("/limits/small", 11, true).status());
    assertEquals("took 64 bytes", receive("/limits/large", 64, true).body());
    assertEquals(413, receive("/limits/large", 65, true).status());
  }

  @Test
  void eachReceiverHasItsOwnLimitForStreamedBodies() {
    assertEquals("took 10 bytes", receive("/limits/small", 10, false).body());
    assertEquals(413, receive("/limits/small", 11, false).status());
    assertEquals("took 64 bytes", receive("/limits/large", 64, false).body());
    assertEquals(413, receive("/limits/large", 65, false).status());
  }
}
