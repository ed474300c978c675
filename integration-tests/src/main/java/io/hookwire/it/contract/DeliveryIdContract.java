package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.PointerProbe;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery ids hold whatever the sender put in them, line breaks included: such an id is still
 * handled once, acknowledged again when repeated, and forges nothing in the answer (nor in the
 * log, which escapes it). A header cannot carry CR or LF over HTTP/1.1, so the header case uses
 * the line break it can carry, {@code U+0085}; a JSON body carries CR and LF themselves.
 */
public abstract class DeliveryIdContract extends ProbeContract {
  private final CountingReceiver counting = new CountingReceiver();
  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder.only(CountingReceiver.class).instance(counting));
  }

  @Test
  void anIdWithCrAndLfInTheBodyIsHandledOnce() throws Exception {
    byte[] body = "{\"type\":\"order\",\"id\":\"A-1\",\"delivery\":\"d-1\\r\\nX-Injected: yes\"}"
        .getBytes(StandardCharsets.UTF_8);

    assertAcknowledged(postSigned(client, PointerProbe.PATH, body));
    assertAcknowledged(postSigned(client, PointerProbe.PATH, body));
    assertEquals(1, calls.handled());

    byte[] next = "{\"type\":\"order\",\"id\":\"A-2\",\"delivery\":\"d-2\"}".getBytes(StandardCharsets.UTF_8);
    assertAcknowledged(postSigned(client, PointerProbe.PATH, next));
    assertEquals(2, calls.handled());
  }

  @Test
  void aCapturedBodyReplayedUnderAFutureIdCannotSwallowTheGenuineDelivery() throws Exception {
    assertAcknowledged(client.post("/counting", "captured", CountingReceiver.ID_HEADER, "d-1"));
    // The attacker resends the captured body under ids the sender has not used yet, and under none.
    assertAcknowledged(client.post("/counting", "captured", CountingReceiver.ID_HEADER, "d-2"));
    assertAcknowledged(client.post("/counting", "captured", CountingReceiver.ID_HEADER, "d-3"));

    assertAcknowledged(client.post("/counting", "genuine", CountingReceiver.ID_HEADER, "d-2"));

    assertEquals(1, counting.timesHandled("captured"));
    assertEquals(1, counting.timesHandled("genuine"));
  }

  @Test
  void anIdWithALineBreakIsLoggedOnOneEscapedLine() throws Exception {
    byte[] body = "{\"type\":\"order\",\"id\":\"A-1\",\"delivery\":\"d-1\\r\\n[main] ERROR forged\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertAcknowledged(postSigned(client, PointerProbe.PATH, body));

    try (LogCapture log = LogCapture.start()) {
      assertAcknowledged(postSigned(client, PointerProbe.PATH, body));

      assertTrue(log.lines().stream().anyMatch(line -> line.contains("d-1\\u000d\\u000a[main] ERROR forged")),
          () -> "no escaped line: " + log.lines());
      assertEquals(List.of(), log.lines().stream().filter(line -> line.startsWith("[main] ERROR forged")).toList());
    }
  }

  @Test
  void anIdWithALineBreakInAHeaderIsHandledOnce() throws Exception {
    String id = CountingReceiver.ID_HEADER + ": d-1\u0085X-Injected: yes\r\n";
    String request = RawHttp.post(client.target("/counting"), id, "once");

    for (int i = 0; i < 2; i++) {
      RawAnswer answer = client.raw().exchange(request);
      assertEquals(200, answer.status(), answer::text);
      assertEquals("OK", answer.body());
      assertFalse(answer.hasHeader("X-Injected"), answer::text);
    }
    assertEquals(1, counting.timesHandled("once"));
  }

  private static void assertAcknowledged(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response::body);
    assertEquals("OK", response.body());
    assertFalse(response.headers().firstValue("X-Injected").isPresent());
  }
}
