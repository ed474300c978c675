package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Answers every delivery with a body far larger than any socket buffer, once the test lets it: so
 * that a client can be gone by the time the answer is written.
 */
@Webhook(path = "/large-answer", name = "large_answer")
public class LargeAnswerReceiver {
  /** The answer's length: more than loopback's socket buffers hold, so writing it must fail. */
  public static final int ANSWER_CHARS = 16 * 1024 * 1024;

  private final CountDownLatch called = new CountDownLatch(1);
  private final CountDownLatch answer = new CountDownLatch(1);

  /** Waits until a delivery reached the handler. */
  public boolean awaitCalled(long timeout, TimeUnit unit) throws InterruptedException {
    return called.await(timeout, unit);
  }

  /** Lets the handler return its answer. */
  public void answer() {
    answer.countDown();
  }

  @Verify
  void verify(WebhookRequest request) {}

  @OnEvent
  String handle(String body) throws InterruptedException {
    called.countDown();
    answer.await(30, TimeUnit.SECONDS);
    return "x".repeat(ANSWER_CHARS);
  }
}
