package io.hookwire.servlet;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that watches the body deadlines of a servlet's requests. A body read
 * asynchronously holds no thread while it waits for bytes, so something else has to notice that
 * its time is up. The tasks only claim a request's answer and write a short fixed text: nothing
 * slow, and no application code, runs here.
 */
final class DeadlineTimer {
  private static final String THREAD_NAME = "hookwire-servlet-deadlines";

  private final ScheduledThreadPoolExecutor executor;
  // Joined at shutdown: the executor counts as terminated a moment before its thread has ended.
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

  private DeadlineTimer(ScheduledThreadPoolExecutor executor) {
    this.executor = executor;
  }

  /** A timer with its own daemon thread: it must never keep the JVM alive after the container. */
  static DeadlineTimer start() {
    DeadlineTimer timer = new DeadlineTimer(new ScheduledThreadPoolExecutor(1));
    timer.executor.setThreadFactory(task -> {
      Thread thread = new Thread(task, THREAD_NAME);
      thread.setDaemon(true);
      timer.threads.add(thread);
      return thread;
    });
    ScheduledThreadPoolExecutor executor = timer.executor;
    // Nearly every body arrives in time and cancels its task: drop those at once rather than
    // keep them queued for the whole body timeout.
    executor.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /**
   * Runs {@code task} after {@code delayMillis} (at once when not positive).
   *
   * @throws java.util.concurrent.RejectedExecutionException once {@link #shutdown()} was called
   */
  Future<?> schedule(Runnable task, long delayMillis) {
    return executor.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
  }

  /**
   * Takes no new deadline and ends the thread now. Deadlines still pending fire at once, answering
   * their bodies {@code 408}, so that every request under way ends and its reception closes; and
   * no thread of the web application outlives its undeployment, which containers such as Tomcat
   * report as a leak.
   */
  void shutdown() {
    for (Runnable pending : executor.shutdownNow()) {
      pending.run();
    }
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(1));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
