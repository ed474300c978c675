package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The start-up rules of DESIGN.md, with the {@link MessagingAppReceiver} classes. */
class StartupHttpTest {
  private final MessagingAppReceiver.Connected connected = new MessagingAppReceiver.Connected();
  private final MessagingAppReceiver.Disconnected disconnected = new MessagingAppReceiver.Disconnected();
  private final MessagingAppReceiver.Refused refused = new MessagingAppReceiver.Refused();

  private Hookwire.Builder builder() {
    return Hookwire.builder()
        .sleeper(duration -> {})
        .registry(new MessagingAppRegistry())
        .instance(connected)
        .instance(disconnected)
        .instance(refused);
  }

  @Test
  void receiversThatCanServeAreMountedAndTheOthersAreReported() throws Exception {
    try (TestServer server = TestServer.serving(builder().build())) {
      MountReport report = server.report();

      assertEquals(
          List.of(new MountReport.MountedRoute("connected", "/app/connected"),
              new MountReport.MountedRoute("disconnected", "/app/disconnected")),
          report.mounted());
      assertEquals(List.of("refused", "unreachable", "unconnectable"), List.copyOf(report.failed().keySet()));
      assertEquals("hello from Connected", server.post("/app/connected", "").body());
      assertEquals("hello from Disconnected", server.post("/app/disconnected", "").body());
      assertEquals(404, server.post("/app/refused", "").statusCode());
      assertEquals(404, server.post("/app/unreachable", "").statusCode());
      assertEquals(404, server.post("/app/unconnectable", "").statusCode());
    }
  }

  @Test
  void aConnectedReceiverIsNotConnectedAgain() throws Exception {
    try (TestServer server = TestServer.serving(builder().build())) {
      assertEquals(0, connected.connectCalls.get());
    }
  }

  @Test
  void aReceiverThatIsNotConnectedIsConnectedOnceWhereverItIsMounted() throws Exception {
    Hookwire hookwire = builder().build();
    try (TestServer first = TestServer.serving(hookwire); TestServer second = TestServer.serving(hookwire)) {
      assertEquals(200, second.post("/app/disconnected", "").statusCode());
      assertEquals(200, hookwire.handle(WebhookRequest.builder().path("/app/disconnected").build()).status());
      assertSame(first.report(), second.report());
    }
    assertEquals(1, disconnected.connectCalls.get());
    assertEquals(Hookwire.DEFAULT_CONNECT_ATTEMPTS, refused.connectCalls.get());
  }

  @Test
  void theReportKeepsWhatConnectingThrew() throws Exception {
    try (TestServer server = TestServer.serving(builder().build())) {
      Map<String, Exception> failed = server.report().failed();

      assertEquals("setWebhook answered 401 Unauthorized", failed.get("refused").getMessage());
      assertEquals("api.example.org is unreachable", failed.get("unreachable").getMessage());
      assertInstanceOf(WebhookSetupException.class, failed.get("unconnectable"));
      assertTrue(failed.get("unconnectable").getMessage().contains("not connected"));
      assertTrue(failed.get("unconnectable").getMessage().contains("no @Connect"));
      assertTrue(server.report().toString().contains("refused (WebhookSetupException: setWebhook answered 401"));
    }
  }

  @Test
  void failFastThrowsNamingTheReceiverWithTheCause() {
    Hookwire hookwire = builder().failFast(true).build();
    TestServer server = TestServer.create();
    try (server) {
      WebhookSetupException thrown = assertThrows(WebhookSetupException.class, () -> server.mount(hookwire));

      assertTrue(thrown.getMessage().contains("refused"), thrown.getMessage());
      assertEquals("setWebhook answered 401 Unauthorized", thrown.getCause().getMessage());
      assertThrows(WebhookSetupException.class, () -> server.mount(hookwire));
      assertThrows(IllegalStateException.class,
          () -> hookwire.handle(WebhookRequest.builder().path("/app/connected").build()));
    }
    assertEquals(Hookwire.DEFAULT_CONNECT_ATTEMPTS, refused.connectCalls.get());
  }

  @Test
  void theStartUpRunsOnceAcrossThreads() throws Exception {
    Hookwire hookwire = builder().build();
    WebhookRequest request = WebhookRequest.builder().path("/app/disconnected").build();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(new Thread(() -> hookwire.handle(request)));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }

    assertEquals(1, disconnected.connectCalls.get());
  }
}
