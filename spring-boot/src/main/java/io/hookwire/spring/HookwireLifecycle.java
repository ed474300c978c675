package io.hookwire.spring;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookSetupException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Starts Hookwire with the application and stops it gracefully before the web server. Its phase is
 * just above the web server's graceful shutdown ({@link WebServerApplicationContext#GRACEFUL_SHUTDOWN_PHASE}),
 * and Spring starts phases upwards and stops them downwards, so:
 *
 * <ul>
 *   <li>at start, the receivers are connected ({@code @IsConnected}, {@code @Connect}) once the web
 *       server listens, so that a messaging app that calls back while its webhook is registered
 *       reaches it; with {@code hookwire.fail-fast}, a failure stops the application's start;
 *   <li>at stop, {@link Hookwire#stop(Duration)} runs while the web server still accepts requests:
 *       new deliveries are answered {@code 503} with {@code Retry-After} and those under way finish
 *       and have their answers written, within {@code hookwire.stop-timeout}. Only then does the
 *       web server's own graceful shutdown begin.
 * </ul>
 *
 * <p>A stopped {@code Hookwire} refuses deliveries for good: restarting the context's lifecycle
 * does not serve them again.
 */
final class HookwireLifecycle implements SmartLifecycle {
  /** Stopped before the web server's graceful shutdown, started after the web server. */
  static final int PHASE = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;

  private static final Logger LOG = LoggerFactory.getLogger(HookwireLifecycle.class);

  private final Hookwire hookwire;
  private final Duration stopTimeout;
  private volatile boolean running;

  HookwireLifecycle(Hookwire hookwire, Duration stopTimeout) {
    this.hookwire = hookwire;
    this.stopTimeout = stopTimeout;
  }

  @Override
  public void start() {
    try {
      hookwire.start();
    } catch (WebhookSetupException e) {
      throw new IllegalStateException("Hookwire could not start: " + e.getMessage(), e);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    try {
      if (!hookwire.stop(stopTimeout)) {
        LOG.warn("Deliveries were still under way when hookwire.stop-timeout ({}) passed", stopTimeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
