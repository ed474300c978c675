package io.hookwire.spring;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookSetupException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code hookwire} in the health endpoint: {@code UP} when every receiver is mounted, {@code DOWN}
 * when one or more could not be connected with their messaging apps. The details list the mounted
 * receivers with their paths and the failed ones with the class of their failure only: an
 * exception's message may quote an API's answer, or a token, and the health endpoint may be seen by
 * more people than the log.
 */
final class HookwireHealthIndicator implements HealthIndicator {
  private final Hookwire hookwire;

  HookwireHealthIndicator(Hookwire hookwire) {
    this.hookwire = hookwire;
  }

  @Override
  public Health health() {
    MountReport report;
    try {
      report = hookwire.start();
    } catch (WebhookSetupException e) {
      // Fail-fast: the application is not serving; the log has the cause.
      return Health.down().withDetail("error", "a receiver could not be connected; see the log").build();
    }
    Map<String, String> mounted = new LinkedHashMap<>();
    report.mounted().forEach(route -> mounted.put(route.name(), route.path()));
    Map<String, String> failed = new LinkedHashMap<>();
    report.failed().forEach((name, cause) -> failed.put(name, cause.getClass().getName()));
    Health.Builder health = failed.isEmpty() ? Health.up() : Health.down();
    health.withDetail("mounted", mounted);
    if (!failed.isEmpty()) {
      health.withDetail("failed", failed);
    }
    return health.build();
  }
}
