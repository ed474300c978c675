package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.core.receivers.BodyLimits;
import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.MessagingApps;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code Hookwire.builder().meterRegistry(registry)}: every answer is counted once under its
 * receiver, status and outcome; handlers are timed; the deliveries under way and the start-up's
 * outcome are gauges; and no tag carries a path, a path parameter or anything else a sender chose.
 */
class MetricsTest {
  private static final String TOKEN = "123456:SECRET-bot-token";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CountingReceiver counting = new CountingReceiver();
  private final Hookwire hookwire = Hookwire.builder()
      .only(ShopReceiver.class, CountingReceiver.class, PingReceiver.class, TelegramReceiver.class,
          BodyLimits.Small.class)
      .instance(counting)
      .instance(new TelegramReceiver(TOKEN))
      .meterRegistry(registry)
      .build();

  @Test
  void eachAnswerIsCountedOnceUnderItsReceiverStatusAndOutcome() {
    assertEquals(200, deliver(shop("order.created", ShopReceiver.SIGNATURE, "{\"id\":\"o1\",\"quantity\":1}")));
    assertEquals(202, deliver(shop("order.accepted", ShopReceiver.SIGNATURE, "{\"id\":\"o2\",\"quantity\":1}")));
    assertEquals(403, deliver(shop("order.created", "forged", "{}")));
    assertEquals(400, deliver(shop("order.created", ShopReceiver.SIGNATURE, "{not json")));
    assertEquals(500, deliver(shop("order.failing", ShopReceiver.SIGNATURE, "{\"id\":\"o3\",\"quantity\":1}")));
    assertEquals(200, deliver(counted("d-1", "first")));
    assertEquals(200, deliver(counted("d-1", "first")));
    assertEquals(405, deliver(WebhookRequest.builder().method("GET").path("/ping").build()));
    assertEquals(404, deliver(WebhookRequest.builder().path("/nowhere").body("{}").build()));

    assertEquals(1, deliveries("shop", "200", "handled"));
    assertEquals(1, deliveries("shop", "202", "handled"));
    assertEquals(1, deliveries("shop", "403", "rejected"));
    assertEquals(1, deliveries("shop", "400", "rejected"));
    assertEquals(1, deliveries("shop", "500", "failed"));
    assertEquals(1, deliveries("counting", "200", "handled"));
    assertEquals(1, deliveries("counting", "200", "repeated"));
    assertEquals(1, deliveries("ping", "405", "rejected"));
    assertEquals(1, deliveries("none", "404", "rejected"));
    assertEquals(9, totalDeliveries(), "each request is counted exactly once");
  }

  @Test
  void aCopyOfADeliveryBeingHandledIsCountedAsRepeated() throws Exception {
    CompletableFuture<WebhookResponse> held =
        CompletableFuture.supplyAsync(() -> hookwire.handle(counted("d-2", "hold")));
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS), "the delivery never reached its handler");

    assertEquals(409, deliver(counted("d-2", "hold")));
    counting.release();
    assertEquals(200, held.get(10, TimeUnit.SECONDS).status());

    assertEquals(1, deliveries("counting", "409", "repeated"));
    assertEquals(1, deliveries("counting", "200", "handled"));
  }

  @Test
  void everyHandlerRunIsTimedUnderItsReceiverAndNothingElse() {
    deliver(WebhookRequest.builder().path("/ping").body("a").build());
    deliver(WebhookRequest.builder().path("/ping").body("b").build());
    deliver(shop("order.failing", ShopReceiver.SIGNATURE, "{\"id\":\"o4\",\"quantity\":1}"));
    deliver(shop("order.created", "forged", "{}"));
    deliver(counted("d-3", "once"));
    deliver(counted("d-3", "once"));

    assertEquals(2, registry.get("hookwire.handler.duration").tag("receiver", "ping").timer().count());
    assertEquals(1, registry.get("hookwire.handler.duration").tag("receiver", "shop").timer().count(),
        "the failing handler is timed, the forged delivery never reached one");
    assertEquals(1, registry.get("hookwire.handler.duration").tag("receiver", "counting").timer().count(),
        "a repeat runs no handler");
    assertTrue(registry.get("hookwire.handler.duration").tag("receiver", "ping").timer()
        .totalTime(TimeUnit.NANOSECONDS) > 0);
  }

  @Test
  void theDeliveriesUnderWayAreAGauge() throws Exception {
    assertEquals(0, active());
    CompletableFuture<WebhookResponse> held =
        CompletableFuture.supplyAsync(() -> hookwire.handle(counted("d-4", "hold")));
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS), "the delivery never reached its handler");

    assertEquals(1, active());
    try (Reception underWay = hookwire.receive(RequestHead.builder("POST", "/ping").build())) {
      assertEquals(2, active(), "an adapter's request counts from its head");
      underWay.complete(new byte[0]);
    }
    counting.release();
    held.get(10, TimeUnit.SECONDS);

    assertEquals(0, active());
  }

  @Test
  void anAdaptersAnswersOnTheHeadAreCountedAsThoseOfHandle() {
    answerOnHead(RequestHead.builder("POST", "/elsewhere/" + TOKEN).build());
    answerOnHead(RequestHead.builder("POST", "/limits/small").contentLength(11).build());
    answerOnHead(RequestHead.builder("PUT", "/ping").build());

    assertEquals(1, deliveries("none", "404", "rejected"));
    assertEquals(1, deliveries("small", "413", "rejected"));
    assertEquals(1, deliveries("ping", "405", "rejected"));
  }

  @Test
  void aRequestRefusedWhileStoppingIsCountedUnderItsReceiverWhenItHasOne() throws Exception {
    assertTrue(hookwire.stop(Duration.ofSeconds(10)));

    assertEquals(503, deliver(WebhookRequest.builder().path("/ping").body("late").build()));
    answerOnHead(RequestHead.builder("POST", "/ping").build());
    answerOnHead(RequestHead.builder("POST", "/nowhere").build());

    assertEquals(2, deliveries("ping", "503", "rejected"));
    assertEquals(1, deliveries("none", "503", "rejected"));
  }

  @Test
  void noTagCarriesAPathAPathParameterOrWhatASenderSent() {
    deliver(WebhookRequest.builder().path("/telegram/" + TOKEN + "/updates").body("{\"update_id\":1}").build());
    deliver(WebhookRequest.builder().path("/telegram/wrong-SECRET/updates").body("{}").build());
    deliver(WebhookRequest.builder().path("/SECRET/path").body("{}").header("X-Event", "SECRET").build());
    deliver(counted("SECRET-delivery-id", "body"));

    assertEquals(1, deliveries("telegram", "200", "handled"));
    assertEquals(1, deliveries("telegram", "403", "rejected"));
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertFalse(tag.getValue().contains("SECRET") || tag.getValue().contains("/"), meter.getId().toString());
      }
    }
  }

  @Test
  void theStartUpsOutcomeIsAGaugePerReceiver() throws Exception {
    SimpleMeterRegistry startUp = new SimpleMeterRegistry();
    Hookwire apps = Hookwire.builder()
        .only(MessagingApps.Connected.class, MessagingApps.Refused.class)
        .connectAttempts(1)
        .meterRegistry(startUp)
        .build();
    assertNull(startUp.find("hookwire.receivers").gauge(), "nothing is reported before the start-up");

    apps.start();

    assertEquals(1, startUp.get("hookwire.receivers").tags("receiver", "connected", "state", "mounted")
        .gauge().value());
    assertEquals(1, startUp.get("hookwire.receivers").tags("receiver", "refused", "state", "failed")
        .gauge().value());
    assertEquals(2, startUp.get("hookwire.receivers").gauges().size());
  }

  private int deliver(WebhookRequest request) {
    return hookwire.handle(request).status();
  }

  private void answerOnHead(RequestHead head) {
    try (Reception reception = hookwire.receive(head)) {
      assertTrue(reception.answerWithoutBody().isPresent(), head.toString());
    }
  }

  private static WebhookRequest shop(String event, String signature, String body) {
    return WebhookRequest.builder().path("/shop/events").header("X-Event", event)
        .header("X-Signature", signature).header("Content-Type", "application/json").body(body).build();
  }

  private static WebhookRequest counted(String id, String body) {
    return WebhookRequest.builder().path("/counting").header(CountingReceiver.ID_HEADER, id).body(body).build();
  }

  private double deliveries(String receiver, String status, String outcome) {
    Counter counter = registry.find("hookwire.deliveries")
        .tags("receiver", receiver, "status", status, "outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  private double totalDeliveries() {
    return registry.get("hookwire.deliveries").counters().stream().mapToDouble(Counter::count).sum();
  }

  private double active() {
    return registry.get("hookwire.deliveries.active").gauge().value();
  }
}
