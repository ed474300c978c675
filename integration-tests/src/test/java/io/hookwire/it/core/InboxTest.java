package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.core.receivers.Orders;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.InMemoryDeliveryLog;
import io.hookwire.runtime.Inbox;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.InboxUnavailableException;
import io.hookwire.runtime.spi.StoredDelivery;
import io.hookwire.runtime.spi.StoredDeliveryException;
import io.hookwire.runtime.spi.StoredDeliveryHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * With an inbox, a verified delivery whose handler returns nothing is stored and acknowledged,
 * and its handler runs when the inbox hands it back; everything else is answered as before.
 */
class InboxTest {
  private static final String ORDER = "{\"sku\":\"A-1\",\"quantity\":2}";

  private final Orders orders = new Orders();
  private final ListInbox inbox = new ListInbox();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Hookwire hookwire = Hookwire.builder()
      .only(Orders.class)
      .instance(orders)
      .inbox(inbox)
      .deliveryLog(new InMemoryDeliveryLog())
      .meterRegistry(registry)
      .build();

  private static WebhookRequest.Builder delivery(String event, String id, String body) {
    return signed(event, id, body, "good");
  }

  private static WebhookRequest.Builder signed(String event, String id, String body, String signature) {
    return WebhookRequest.builder().path("/orders").header("X-Event", event).header("X-Delivery", id)
        .header("X-Signature", signature).header("X-Channel", "web").queryParam("shop", "eu").body(body);
  }

  @Test
  void aVoidHandlersDeliveryIsStoredAndAcknowledgedBeforeItsHandlerRuns() {
    WebhookResponse answer = hookwire.handle(delivery("order.placed", "d-1", ORDER).build());

    assertEquals(200, answer.status());
    assertEquals(List.of(), orders.placed());
    StoredDelivery stored = inbox.stored.get(0);
    assertEquals("orders", stored.receiver());
    assertEquals("d-1", stored.deliveryId());
    assertEquals("/orders", stored.path());
    assertEquals(List.of("web"), stored.headers().get("X-Channel"));
    assertEquals(Map.of("shop", List.of("eu")), stored.queryParams());
    assertEquals(ORDER, new String(stored.body(), StandardCharsets.UTF_8));
  }

  @Test
  void aStoredDeliveryHandedBackRunsItsHandlerWithItsParametersBound() throws Exception {
    hookwire.handle(delivery("order.placed", "d-2", ORDER).build());

    inbox.handBack(0);

    assertEquals(List.of("A-1 x2 (web)"), orders.placed());
  }

  @Test
  void aHandlerThatReturnsAValueRunsAtOnceAndNothingIsStored() {
    WebhookResponse answer = hookwire.handle(delivery("ping", "d-3", "{}").build());

    assertEquals("pong", answer.body());
    assertTrue(inbox.stored.isEmpty());
  }

  @Test
  void aForgedDeliveryIsRefusedAndNotStored() {
    WebhookResponse answer = hookwire.handle(signed("order.placed", "d-4", ORDER, "forged").build());

    assertEquals(403, answer.status());
    assertTrue(inbox.stored.isEmpty());
  }

  @Test
  void aBodyTheHandlerCannotBindIsRefusedAndNotStored() {
    assertEquals(400, hookwire.handle(delivery("order.placed", "d-5", "{\"quantity\":\"many\"}").build()).status());
    assertEquals(400, hookwire.handle(delivery("order.placed", "d-6", "not json").build()).status());
    WebhookRequest noChannel = WebhookRequest.builder().path("/orders").header("X-Event", "order.placed")
        .header("X-Signature", "good").body(ORDER).build();
    assertEquals(400, hookwire.handle(noChannel).status());

    assertTrue(inbox.stored.isEmpty());
  }

  @Test
  void aDeliveryTheInboxCannotStoreIsAnswered503WithRetryAfterAndNotHandled() throws Exception {
    inbox.available = false;

    WebhookResponse answer = hookwire.handle(delivery("order.placed", "d-7", ORDER).build());

    assertEquals(503, answer.status());
    assertEquals("10", answer.headers().get("Retry-After"));
    assertTrue(inbox.stored.isEmpty());
    assertEquals(List.of(), orders.placed());
  }

  @Test
  void aDeliveryStoredTwiceIsHandledOnce() throws Exception {
    hookwire.handle(delivery("order.placed", "d-8", ORDER).build());
    hookwire.handle(delivery("order.placed", "d-8", ORDER).build());

    inbox.handBack(0);
    inbox.handBack(1);

    assertEquals(List.of("A-1 x2 (web)"), orders.placed());
  }

  @Test
  void aHandlerFailureReachesTheInboxAndARetryRunsAgain() throws Exception {
    hookwire.handle(delivery("order.placed", "d-9", ORDER).build());
    orders.failNext(1);

    assertThrows(IllegalStateException.class, () -> inbox.handBack(0));
    inbox.handBack(0);

    assertEquals(List.of("A-1 x2 (web)"), orders.placed());
  }

  @Test
  void aStoredDeliveryForNoMountedReceiverCannotBeHandled() throws Exception {
    hookwire.start();
    StoredDelivery stranger = new StoredDelivery("renamed", "d-10", "POST", "/renamed", Map.of(), Map.of(),
        Map.of(), new byte[0]);

    assertThrows(StoredDeliveryException.class, () -> inbox.handler.handle(stranger));
  }

  @Test
  void startStartsTheInboxOnceAndStopStopsIt() throws Exception {
    hookwire.start();
    hookwire.start();
    assertEquals(1, inbox.starts);

    assertTrue(hookwire.stop(Duration.ofSeconds(1)));
    assertFalse(inbox.running);
  }

  @Test
  void aStoredDeliveryIsCountedAsStoredAndOneTheInboxCouldNotStoreAsFailed() {
    hookwire.handle(delivery("order.placed", "d-11", ORDER).build());
    inbox.available = false;
    hookwire.handle(delivery("order.placed", "d-12", ORDER).build());

    assertEquals(1, deliveries("200", "stored"));
    assertEquals(1, deliveries("503", "failed"));
    assertEquals(0, registry.find("hookwire.handler.duration").timers().size(), "no handler ran");
  }

  private double deliveries(String status, String outcome) {
    Counter counter = registry.find("hookwire.deliveries")
        .tags("receiver", "orders", "status", status, "outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void aStopBeforeAnyStartStopsTheInboxOnceAndALaterStartLeavesItStopped() throws Exception {
    assertTrue(hookwire.stop(Duration.ofSeconds(1)));
    assertTrue(hookwire.stop(Duration.ofSeconds(1)));
    hookwire.start();

    assertEquals(1, inbox.stops);
    assertEquals(0, inbox.starts);
  }

  /** An inbox in a list, which hands a delivery back when the test says so. */
  private static final class ListInbox implements Inbox {
    final List<StoredDelivery> stored = new CopyOnWriteArrayList<>();
    volatile boolean available = true;
    volatile StoredDeliveryHandler handler;
    volatile boolean running;
    int starts;
    int stops;

    @Override
    public void store(StoredDelivery delivery) throws InboxUnavailableException {
      if (!available) {
        throw new InboxUnavailableException("down", new IOException("connection refused"));
      }
      stored.add(delivery);
    }

    @Override
    public void start(StoredDeliveryHandler handler) {
      this.handler = handler;
      running = true;
      starts++;
    }

    @Override
    public boolean stop(Duration timeout) {
      running = false;
      stops++;
      return true;
    }

    void handBack(int index) throws Exception {
      handler.handle(stored.get(index));
    }
  }
}
