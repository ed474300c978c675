package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.it.core.receivers.FlakyApp;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @Connect} is retried before a receiver is reported as failed, so a messaging app's API
 * that is briefly unreachable at start-up does not cost the receiver its place. The waits between
 * attempts are left out here (no backoff); their growth is tested with the runtime's own classes.
 */
class ConnectRetryTest {

  private static Hookwire serving(FlakyApp app, int attempts) {
    return Hookwire.builder()
        .only(FlakyApp.class)
        .instance(app)
        .connectAttempts(attempts)
        .connectBackoff(Duration.ZERO)
        .build();
  }

  private static WebhookResponse hello(Hookwire hookwire) {
    return hookwire.handle(WebhookRequest.builder().path("/apps/flaky").build());
  }

  @Test
  void aReceiverThatConnectsOnALaterAttemptIsMounted() throws Exception {
    FlakyApp app = new FlakyApp(2);
    Hookwire hookwire = serving(app, 3);

    MountReport report = hookwire.start();

    assertEquals(List.of("flaky"), report.mounted().stream().map(MountReport.MountedRoute::name).toList());
    assertEquals(3, app.attempts());
    assertEquals("connected after 3 attempts", hello(hookwire).body());
  }

  @Test
  void aReceiverThatFailsEveryAttemptIsReportedWithTheLastFailure() throws Exception {
    FlakyApp app = new FlakyApp(10);
    Hookwire hookwire = serving(app, 4);

    MountReport report = hookwire.start();

    assertEquals(List.of(), report.mounted());
    assertEquals("setWebhook failed, attempt 4", report.failed().get("flaky").getMessage());
    assertEquals(4, app.attempts());
    assertEquals(404, hello(hookwire).status());
  }

  @Test
  void oneAttemptMeansNoRetry() throws Exception {
    FlakyApp app = new FlakyApp(1);

    MountReport report = serving(app, 1).start();

    assertEquals(List.of("flaky"), List.copyOf(report.failed().keySet()));
    assertEquals(1, app.attempts());
  }

  @Test
  void aReceiverConnectedAtTheFirstAttemptIsNotRetried() throws Exception {
    FlakyApp app = new FlakyApp(0);

    serving(app, 5).start();

    assertEquals(1, app.attempts());
  }

  @Test
  void fewerThanOneAttemptOrANegativeBackoffIsRefused() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().connectAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().connectBackoff(Duration.ofMillis(-1)));
  }
}
