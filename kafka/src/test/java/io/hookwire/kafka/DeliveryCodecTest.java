package io.hookwire.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.spi.StoredDelivery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stored delivery comes back from its record exactly as it went in; anything else is refused. */
class DeliveryCodecTest {
  private static final byte[] BINARY_BODY = {0, (byte) 0xFF, '{', (byte) 0xC3, 0x28};

  private static StoredDelivery delivery(String id) {
    WebhookRequest request = WebhookRequest.builder()
        .path("/shops/eu/orders")
        .header("X-Event", "order.placed")
        .header("X-Tag", "a")
        .header("X-Tag", "b")
        .pathParam("shop", "eu")
        .queryParam("debug", "1")
        .queryParam("debug", "2")
        .body(BINARY_BODY)
        .build();
    return StoredDelivery.of("orders", id, request);
  }

  @Test
  void aDeliveryIsReadBackWithEveryPartItsHandlerCanBind() throws Exception {
    StoredDelivery read = DeliveryCodec.decode(DeliveryCodec.encode(delivery("d-1")));

    assertEquals("orders", read.receiver());
    assertEquals("d-1", read.deliveryId());
    assertEquals("POST", read.method());
    assertEquals("/shops/eu/orders", read.path());
    assertEquals(List.of("a", "b"), read.headers().get("X-Tag"));
    assertEquals(Map.of("shop", "eu"), read.pathParams());
    assertEquals(Map.of("debug", List.of("1", "2")), read.queryParams());
    assertArrayEquals(BINARY_BODY, read.body());
    WebhookRequest rebuilt = read.toRequest();
    assertEquals("order.placed", rebuilt.header("x-event").orElseThrow());
    assertArrayEquals(BINARY_BODY, rebuilt.bodyBytes());
  }

  @Test
  void copiesOfOneDeliveryShareAKeyAndDeliveriesWithoutAnIdHaveNone() {
    assertArrayEquals("orders/d-1".getBytes(UTF_8), DeliveryCodec.key(delivery("d-1")));
    assertNull(DeliveryCodec.key(delivery("")));
  }

  @Test
  void aRecordOfAnotherFormatOrVersionOrBrokenIsRefused() {
    String current = new String(DeliveryCodec.encode(delivery("d-1")), UTF_8);

    for (String value : List.of(
        "not json",
        "{\"format\":\"something.else\",\"version\":1}",
        current.replace("\"version\":1", "\"version\":2"),
        current.replace("\"receiver\":\"orders\",", ""),
        current.replace("\"deliveryId\":\"d-1\"", "\"deliveryId\":7"),
        "null")) {
      assertThrows(UndecodableRecordException.class, () -> DeliveryCodec.decode(value.getBytes(UTF_8)), value);
    }
    assertThrows(UndecodableRecordException.class, () -> DeliveryCodec.decode(null));
  }
}
