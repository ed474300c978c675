package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.MessagingApps;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.MountReport.MountedRoute;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookSetupException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The start-up rules, as a server sees them: a receiver that is connected, or that
 * {@code @Connect} connects, is served; one that cannot be is left out and reported, and its path
 * is not a receiver's; connecting happens once however many servers serve a {@code Hookwire}; in
 * fail-fast mode no server serves it.
 */
public abstract class StartupContract extends ContractServer {
  private final MessagingApps.Connected connected = new MessagingApps.Connected();
  private final MessagingApps.Disconnected disconnected = new MessagingApps.Disconnected();
  private final MessagingApps.Refused refused = new MessagingApps.Refused();

  private Hookwire.Builder builder() {
    return Hookwire.builder()
        .only(MessagingApps.Connected.class, MessagingApps.Disconnected.class, MessagingApps.Refused.class,
            MessagingApps.Unreachable.class, MessagingApps.Unconnectable.class)
        // Retries are kept, without their waits.
        .connectBackoff(Duration.ZERO)
        .instance(connected)
        .instance(disconnected)
        .instance(refused);
  }

  @Test
  void receiversThatCanServeAreServedAndTheOthersAreReported() throws Exception {
    Hookwire hookwire = builder().build();
    Loopback client = serve(hookwire);
    MountReport report = hookwire.start();

    assertEquals(
        List.of(new MountedRoute("connected", "/apps/connected"), new MountedRoute("disconnected", "/apps/disconnected")),
        report.mounted());
    assertEquals(List.of("refused", "unreachable", "unconnectable"), List.copyOf(report.failed().keySet()));
    assertEquals("hello from Connected", client.post("/apps/connected", "").body());
    assertEquals("hello from Disconnected", client.post("/apps/disconnected", "").body());
    // Left out: their paths are the application's, which has none of them.
    assertEquals(404, client.post("/apps/refused", "").statusCode());
    assertEquals(404, client.post("/apps/unreachable", "").statusCode());
    assertEquals(404, client.post("/apps/unconnectable", "").statusCode());
  }

  @Test
  void aConnectedReceiverIsNotConnectedAgain() throws Exception {
    serve(builder().build());

    assertEquals(0, connected.connectCalls());
  }

  @Test
  void aReceiverThatIsNotConnectedIsConnectedOnceWhereverItIsServed() throws Exception {
    Hookwire hookwire = builder().build();
    MountReport first = hookwire.start();
    serve(hookwire);
    Loopback second = serve(hookwire);

    assertEquals(200, second.post("/apps/disconnected", "").statusCode());
    assertEquals(200, hookwire.handle(WebhookRequest.builder().path("/apps/disconnected").build()).status());
    assertSame(first, hookwire.start());
    assertEquals(1, disconnected.connectCalls());
    assertEquals(Hookwire.DEFAULT_CONNECT_ATTEMPTS, refused.connectCalls());
  }

  @Test
  void theStartUpRunsOnceWhenServersStartAtOnce() throws Exception {
    Hookwire hookwire = builder().build();
    ExecutorService starting = Executors.newFixedThreadPool(4);
    try {
      List<Future<Loopback>> servers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        servers.add(starting.submit(() -> serve(hookwire)));
      }
      for (Future<Loopback> server : servers) {
        assertEquals(200, server.get().post("/apps/disconnected", "").statusCode());
      }
    } finally {
      starting.shutdownNow();
    }

    assertEquals(1, disconnected.connectCalls());
  }

  @Test
  void theReportKeepsWhatConnectingThrew() throws Exception {
    Hookwire hookwire = builder().build();
    serve(hookwire);
    MountReport report = hookwire.start();
    Map<String, Exception> failed = report.failed();

    assertEquals("setWebhook answered 401 Unauthorized", failed.get("refused").getMessage());
    assertEquals("api.example.org is unreachable", failed.get("unreachable").getMessage());
    assertInstanceOf(WebhookSetupException.class, failed.get("unconnectable"));
    assertTrue(failed.get("unconnectable").getMessage().contains("not connected"));
    assertTrue(failed.get("unconnectable").getMessage().contains("no @Connect"));
    assertTrue(report.toString().contains("refused (WebhookSetupException: setWebhook answered 401"));
  }

  @Test
  void inFailFastModeNoServerServesAHookwireThatFailedToStart() {
    Hookwire hookwire = builder().failFast(true).build();

    WebhookSetupException thrown = assertThrows(WebhookSetupException.class, hookwire::start);
    assertTrue(thrown.getMessage().contains("refused"), thrown.getMessage());
    assertEquals("setWebhook answered 401 Unauthorized", thrown.getCause().getMessage());
    assertThrows(WebhookSetupException.class, hookwire::start);
    assertThrows(IllegalStateException.class,
        () -> hookwire.handle(WebhookRequest.builder().path("/apps/connected").build()));
    Exception refusedToServe = assertThrows(Exception.class, () -> serve(hookwire));
    assertTrue(causedBySetupFailure(refusedToServe), () -> "not the start-up's failure: " + refusedToServe);
    assertEquals(Hookwire.DEFAULT_CONNECT_ATTEMPTS, refused.connectCalls());
  }

  // Adapters report a failed start-up their server's way, wrapped or not: the cause must be in it.
  private static boolean causedBySetupFailure(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof WebhookSetupException && cause.getMessage().contains("refused")) {
        return true;
      }
    }
    return false;
  }
}
