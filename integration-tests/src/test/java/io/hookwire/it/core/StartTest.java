package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.core.receivers.FlakyApp;
import io.hookwire.it.receivers.MessagingApps;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.MountReport.MountedRoute;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookSetupException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Hookwire#start()}: the start-up runs once, whoever asks first (the application, an adapter
 * mounting, the first request), and {@link Hookwire#routes()} says what it mounted.
 */
class StartTest {
  private final MessagingApps.Disconnected disconnected = new MessagingApps.Disconnected();

  private Hookwire.Builder apps() {
    return Hookwire.builder()
        .only(MessagingApps.Connected.class, MessagingApps.Disconnected.class, MessagingApps.Refused.class,
            MessagingApps.Unreachable.class, MessagingApps.Unconnectable.class)
        .instance(disconnected)
        .connectAttempts(1);
  }

  private static int status(Hookwire hookwire, String path) {
    return hookwire.handle(WebhookRequest.builder().path(path).build()).status();
  }

  @Test
  void startRunsTheStartUpOnceHoweverOftenItIsCalled() throws Exception {
    FlakyApp app = new FlakyApp();
    Hookwire hookwire = Hookwire.builder().only(FlakyApp.class).instance(app).build();

    MountReport first = hookwire.start();
    MountReport second = hookwire.start();

    assertEquals(1, app.attempts());
    assertEquals(1, app.checks(), "@IsConnected was asked again: the start-up ran twice");
    assertSame(first, second);
  }

  @Test
  void startRunsTheStartUpOnceWhenCalledFromManyThreadsAtOnce() throws Exception {
    FlakyApp app = new FlakyApp();
    Hookwire hookwire = Hookwire.builder().only(FlakyApp.class).instance(app).build();
    CountDownLatch ready = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<MountReport>> reports = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        reports.add(threads.submit((Callable<MountReport>) () -> {
          ready.await();
          return hookwire.start();
        }));
      }
      ready.countDown();
      MountReport first = reports.get(0).get(10, TimeUnit.SECONDS);
      for (Future<MountReport> report : reports) {
        assertSame(first, report.get(10, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(1, app.attempts());
    assertEquals(1, app.checks());
  }

  @Test
  void theFirstRequestRunsTheStartUpWhenNothingElseDid() throws Exception {
    FlakyApp app = new FlakyApp();
    Hookwire hookwire = Hookwire.builder().only(FlakyApp.class).instance(app).build();
    assertEquals(0, app.checks());

    assertEquals(200, status(hookwire, "/apps/flaky"));
    hookwire.start();
    status(hookwire, "/apps/flaky");

    assertEquals(1, app.checks());
  }

  @Test
  void buildingConnectsNothing() throws Exception {
    FlakyApp app = new FlakyApp();
    Hookwire.builder().only(FlakyApp.class).instance(app).build();

    assertEquals(0, app.checks());
    assertEquals(0, app.attempts());
  }

  @Test
  void theReportTellsWhichReceiversServeAndWhyTheOthersDoNot() throws Exception {
    MessagingApps.Connected connected = new MessagingApps.Connected();
    Hookwire hookwire = apps().instance(connected).build();

    MountReport report = hookwire.start();

    assertEquals(Set.of("connected", "disconnected"), names(report.mounted()));
    assertEquals(Set.of("refused", "unreachable", "unconnectable"), report.failed().keySet());
    assertEquals("setWebhook answered 401 Unauthorized", report.failed().get("refused").getMessage());
    assertEquals("api.example.org is unreachable", report.failed().get("unreachable").getMessage());
    assertTrue(report.failed().get("unconnectable") instanceof WebhookSetupException);
    assertTrue(report.failed().get("unconnectable").getMessage().contains("no @Connect"),
        report.failed().get("unconnectable").getMessage());
    assertEquals(0, connected.connectCalls(), "a connected receiver was connected again");
    assertEquals(200, status(hookwire, "/apps/connected"));
    assertEquals(200, status(hookwire, "/apps/disconnected"));
    assertEquals(404, status(hookwire, "/apps/refused"));
    assertEquals(404, status(hookwire, "/apps/unreachable"));
    assertEquals(404, status(hookwire, "/apps/unconnectable"));
  }

  @Test
  void failFastThrowsNamingTheReceiverAndKeepsThrowingWithoutConnectingAgain() throws Exception {
    MessagingApps.Refused refused = new MessagingApps.Refused();
    Hookwire hookwire = Hookwire.builder()
        .only(MessagingApps.Refused.class)
        .instance(refused)
        .connectAttempts(1)
        .failFast(true)
        .build();

    WebhookSetupException failure = assertThrows(WebhookSetupException.class, hookwire::start);
    assertTrue(failure.getMessage().contains("refused"), failure.getMessage());
    assertEquals("setWebhook answered 401 Unauthorized", failure.getCause().getMessage());

    assertThrows(WebhookSetupException.class, hookwire::start);
    assertThrows(WebhookSetupException.class, hookwire::routes);
    assertThrows(IllegalStateException.class,
        () -> hookwire.handle(WebhookRequest.builder().path("/apps/refused").build()));
    assertEquals(1, refused.connectCalls());
  }

  @Test
  void routesListTheMountedReceiversWithTheBasePath() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .only(PingReceiver.class, TelegramReceiver.class, MessagingApps.Refused.class)
        .instance(new TelegramReceiver("t"))
        .connectAttempts(1)
        .basePath("/hooks")
        .build();

    List<MountedRoute> routes = hookwire.routes();

    assertEquals(Set.of(new MountedRoute("ping", "/hooks/ping"),
        new MountedRoute("telegram", "/hooks/telegram/{botToken}/updates")), Set.copyOf(routes));
    assertEquals(2, routes.size());
  }

  @Test
  void routesRunTheStartUpOnceAndAreWhatItMounted() throws Exception {
    Hookwire hookwire = apps().build();

    List<MountedRoute> routes = hookwire.routes();

    assertEquals(1, disconnected.connectCalls());
    assertEquals(hookwire.start().mounted(), routes);
    assertEquals(routes, hookwire.routes());
    assertEquals(Set.of("connected", "disconnected"), names(routes));
  }

  private static Set<String> names(List<MountedRoute> routes) {
    return Set.copyOf(routes.stream().map(MountedRoute::name).toList());
  }
}
