package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The servlet's timer of body deadlines: a deadline still waiting when the servlet is destroyed
 * fires then, once, so that its request ends; a cancelled one never does.
 */
class DeadlineTimerTest {
  private static final long AN_HOUR = TimeUnit.HOURS.toMillis(1);

  @Test
  void aDeadlineStillWaitingFiresOnceWhenTheTimerShutsDown() {
    DeadlineTimer timer = DeadlineTimer.start();
    AtomicInteger fired = new AtomicInteger();
    timer.schedule(fired::incrementAndGet, AN_HOUR);

    timer.shutdown();

    assertEquals(1, fired.get());
  }

  @Test
  void aCancelledDeadlineNeverFires() {
    DeadlineTimer timer = DeadlineTimer.start();
    AtomicInteger fired = new AtomicInteger();
    timer.schedule(fired::incrementAndGet, AN_HOUR).cancel();

    timer.shutdown();

    assertEquals(0, fired.get());
  }

  @Test
  void aDeadlineFiresAtItsTimeAndNotAgainAtShutdown() throws InterruptedException {
    DeadlineTimer timer = DeadlineTimer.start();
    CountDownLatch fired = new CountDownLatch(1);
    AtomicInteger times = new AtomicInteger();
    timer.schedule(() -> {
      times.incrementAndGet();
      fired.countDown();
    }, 0);
    assertTrue(fired.await(10, TimeUnit.SECONDS));

    timer.shutdown();

    assertEquals(1, times.get());
  }

  @Test
  void noDeadlineIsTakenOnceShutDown() {
    DeadlineTimer timer = DeadlineTimer.start();
    timer.shutdown();

    assertThrows(RejectedExecutionException.class, () -> timer.schedule(() -> {}, 0));
  }
}
