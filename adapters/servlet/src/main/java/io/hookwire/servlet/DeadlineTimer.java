package io.hookwire.servlet;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
  // The tasks waiting for their time, run at shutdown: the executor's own handles, once it is shut
  // down, only cancel themselves when run.
  private final Set<Task> waiting = ConcurrentHashMap.newKeySet();

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

  /** A task waiting for its time. */
  interface Scheduled {
    /** Makes sure the task does not run, unless it has already. */
    void cancel();
  }

  /**
   * Runs {@code task} after {@code delayMillis} (at once when not positive), or when the timer
   * shuts down, whichever is first; once.
   *
   * @throws java.util.concurrent.RejectedExecutionException once {@link #shutdown()} was called
   */
  Scheduled schedule(Runnable task, long delayMillis) {
    Task scheduled = new Task(task);
    waiting.add(scheduled);
    try {
      scheduled.future = executor.schedule(scheduled, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      waiting.remove(scheduled);
      throw e;
    }
    return scheduled;
  }

  /**
   * Takes no new deadline and ends the thread now. Deadlines still pending fire at once, answering
   * their bodies {@code 408}, so that every request under way ends and its reception closes; and
   * no thread of the web application outlives its undeployment, which containers such as Tomcat
   * report as a leak.
   */
  void shutdown() {
    executor.shutdownNow();
    for (Task pending : List.copyOf(waiting)) {
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

  /** A task that runs once, at its time or at shutdown, unless cancelled first. */
  private final class Task implements Runnable, Scheduled {
    private final Runnable body;
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile Future<?> future;

    Task(Runnable body) {
      this.body = body;
    }

    @Override
    public void run() {
      if (over.compareAndSet(false, true)) {
        waiting.remove(this);
        body.run();
      }
    }

    @Override
    public void cancel() {
      if (over.compareAndSet(false, true)) {
        waiting.remove(this);
        Future<?> scheduled = future;
        // Not yet set when cancelled while being scheduled: the task then finds itself over when it runs.
        if (scheduled != null) {
          scheduled.cancel(false);
        }
      }
    }
  }
}
