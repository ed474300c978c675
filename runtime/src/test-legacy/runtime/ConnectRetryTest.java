package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.spi.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code @Connect} is retried with growing, jittered waits before a receiver is reported as failed. */
class ConnectRetryTest {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  /** Stands for a messaging app that refuses the first {@code failures} attempts to connect. */
  static final class Flaky implements WebhookReceiver {
    private final int failures;
    int attempts;

    Flaky(int failures) {
      this.failures = failures;
    }

    @Override
    public boolean verify(Delivery delivery) {
      return true;
    }

    @Override
    public WebhookResponse dispatch(Delivery delivery) {
      return WebhookResponse.ok();
    }

    @Override
    public boolean isConnected() {
      return false;
    }

    @Override
    public boolean canConnect() {
      return true;
    }

    @Override
    public void connect() throws WebhookSetupException {
      if (++attempts <= failures) {
        throw new WebhookSetupException("setWebhook failed, attempt " + attempts);
      }
    }
  }

  private MountReport start(Flaky flaky, int attempts) throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .registry(() -> List.of(ReceiverDefinition.of(Flaky.class, "flaky", "/flaky", (receiver, mapper) -> receiver)))
        .instance(flaky)
        .connectAttempts(attempts)
        .connectBackoff(Duration.ofMillis(400))
        .sleeper(waits::add)
        .build();
    try (TestServer server = TestServer.serving(hookwire)) {
      return server.report();
    }
  }

  @Test
  void aReceiverThatConnectsOnALaterAttemptIsMounted() throws Exception {
    Flaky flaky = new Flaky(2);
    MountReport report = start(flaky, 3);

    assertEquals(List.of("flaky"), report.mounted().stream().map(MountReport.MountedRoute::name).toList());
    assertEquals(3, flaky.attempts);
    assertEquals(2, waits.size());
  }

  @Test
  void aReceiverThatFailsEveryAttemptIsReportedWithTheLastFailure() throws Exception {
    Flaky flaky = new Flaky(10);
    MountReport report = start(flaky, 4);

    assertEquals(List.of(), report.mounted());
    assertEquals("setWebhook failed, attempt 4", report.failed().get("flaky").getMessage());
    assertEquals(4, flaky.attempts);
  }

  @Test
  void waitsDoubleWithJitterOfAtMostHalf() throws Exception {
    start(new Flaky(10), 4);

    assertEquals(3, waits.size());
    long[] exponential = {400, 800, 1600};
    for (int i = 0; i < waits.size(); i++) {
      long wait = waits.get(i).toMillis();
      assertTrue(wait >= exponential[i] / 2 && wait <= exponential[i], "wait " + i + " was " + wait + " ms");
    }
  }

  @Test
  void waitsAreCapped() {
    ConnectRetry retry = new ConnectRetry(30, Duration.ofSeconds(10), duration -> {});
    for (int failed = 1; failed < 30; failed++) {
      assertTrue(retry.backoff(failed).compareTo(ConnectRetry.MAX_BACKOFF) <= 0);
    }
  }
}
