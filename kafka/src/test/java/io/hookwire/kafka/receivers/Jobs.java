package io.hookwire.kafka.receivers;

import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A receiver whose {@code void} handlers go through the inbox, each behaving as a test needs:
 * one that records, one that holds until released, one that fails twice, one that always fails;
 * and one that answers, which runs while the sender waits.
 */
@Webhook(path = "/jobs", name = "jobs", typeHeader = "X-Event", deliveryIdHeader = "X-Delivery")
public class Jobs {
  /** The token a genuine delivery carries in {@code X-Token}. */
  public static final String TOKEN = "s3cret-token";

  /** The event of every handler. */
  public record Job(String task) {}

  private final String instance;
  private final Ledger ledger;

  /** The receiver of the instance named {@code instance}, recording into {@code ledger}. */
  public Jobs(String instance, Ledger ledger) {
    this.instance = instance;
    this.ledger = ledger;
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    byte[] token = request.header("X-Token").orElse("").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(token, TOKEN.getBytes(StandardCharsets.UTF_8))) {
      throw new RequestVerificationException("wrong token");
    }
  }

  @OnEvent("record")
  void record(Job job, @Header("X-Delivery") String id) {
    ledger.attempted(id);
    ledger.handled(id, instance);
  }

  @OnEvent("hold")
  void hold(Job job, @Header("X-Delivery") String id) throws InterruptedException {
    ledger.attempted(id);
    ledger.enterAndHold();
    ledger.handled(id, instance);
  }

  @OnEvent("flaky")
  void flaky(Job job, @Header("X-Delivery") String id) {
    ledger.attempted(id);
    if (ledger.attempts(id) <= 2) {
      throw new IllegalStateException("the job store is busy");
    }
    ledger.handled(id, instance);
  }

  @OnEvent("poison")
  void poison(Job job, @Header("X-Delivery") String id) {
    ledger.attempted(id);
    throw new IllegalArgumentException("cannot run task " + job.task());
  }

  @OnEvent("status")
  String status() {
    return "up on " + instance;
  }
}
