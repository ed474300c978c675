package io.hookwire.it.core.receivers;

import io.hookwire.Connect;
import io.hookwire.IsConnected;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookSetupException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver whose messaging app refuses the first attempts to register its webhook, as an API
 * that is briefly unreachable at start-up does, then accepts.
 */
@Webhook(path = "/apps/flaky", name = "flaky")
public class FlakyApp {
  private final int refusals;
  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger checks = new AtomicInteger();
  private volatile boolean connected;

  /** An app that accepts the first attempt. */
  public FlakyApp() {
    this(0);
  }

  /** An app that refuses the first {@code refusals} attempts. */
  public FlakyApp(int refusals) {
    this.refusals = refusals;
  }

  /** How often {@code @Connect} was called. */
  public int attempts() {
    return attempts.get();
  }

  /** How often {@code @IsConnected} was asked: once per start-up while the app accepts at once. */
  public int checks() {
    return checks.get();
  }

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  String hello(String body) {
    return "connected after " + attempts() + " attempts";
  }

  @IsConnected
  boolean isConnected() {
    checks.incrementAndGet();
    return connected;
  }

  @Connect
  void connect() throws WebhookSetupException {
    int attempt = attempts.incrementAndGet();
    if (attempt <= refusals) {
      throw new WebhookSetupException("setWebhook failed, attempt " + attempt);
    }
    connected = true;
  }
}
