package io.hookwire.benchmarks.inbox;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.benchmarks.fixture.BenchSlackReceiver.EventCallback;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SlackSignature;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * The receiver of the inbox figure: the benchmark's Slack delivery, verified and bound as in the
 * other figures, with a {@code void} handler that takes a set time, as one that calls another
 * system does. Being {@code void}, its deliveries are the ones an inbox stores. It names no
 * delivery id, so every request is handled, and stored without a key, spread over the partitions.
 */
@Webhook(path = SlackDelivery.PATH, name = "slack_events_inbox", typePointer = "/type")
public class SlowSlackReceiver {
  private final SlackSignature signature = new SlackSignature(SlackDelivery.SIGNING_SECRET);
  private final long handlerMillis;
  private final LongAdder handled = new LongAdder();

  /** A receiver whose handler takes {@code handlerTime}: waiting, not computing. */
  public SlowSlackReceiver(Duration handlerTime) {
    this.handlerMillis = handlerTime.toMillis();
  }

  /** Rejects anything Slack did not sign. */
  @Verify
  public void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  /** Handles a message: waits the handler time, as a call to a slow service would. */
  @OnEvent("event_callback")
  public void message(EventCallback event) {
    if (handlerMillis > 0) {
      try {
        Thread.sleep(handlerMillis);
      } catch (InterruptedException e) {
        // Stopping: the inbox keeps the delivery stored for the next start; here it is dropped.
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    handled.increment();
  }

  /** How many deliveries the handler finished. */
  public long handled() {
    return handled.sum();
  }
}
