package io.hookwire.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link Hookwire#start()} did: the routes it mounted and the receivers it left
 * out because they could not be connected with their messaging app. Immutable. Its
 * {@link #toString()} is meant for the start-up log:
 *
 * <pre>{@code
 * Hookwire mounted 2 receivers: slack_events_handler POST /slack/events, github POST /github;
 * 1 not mounted: telegram (WebhookSetupException: setWebhook answered 401)
 * }</pre>
 */
public final class MountReport {
  private final List<MountedRoute> mounted;
  private final Map<String, Exception> failed;

  MountReport(List<MountedRoute> mounted, Map<String, Exception> failed) {
    this.mounted = List.copyOf(mounted);
    // Map.copyOf would lose the order in which the receivers failed.
    this.failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
  }

  /** The routes mounted, in the order their receivers were found. */
  public List<MountedRoute> mounted() {
    return mounted;
  }

  /**
   * The receivers not mounted, from name to the cause, in the order they were tried: the exception
   * {@code @IsConnected} or {@code @Connect} threw, or a {@link WebhookSetupException} for a
   * receiver that is not connected and has no {@code @Connect} method.
   */
  public Map<String, Exception> failed() {
    return failed;
  }

  @Override
  public String toString() {
    String routes = mounted.stream().map(MountedRoute::toString).collect(Collectors.joining(", "));
    String text = "Hookwire mounted " + mounted.size() + " receiver" + (mounted.size() == 1 ? "" : "s")
        + (mounted.isEmpty() ? "" : ": " + routes);
    if (failed.isEmpty()) {
      return text;
    }
    return text + "; " + failed.size() + " not mounted: " + failed.entrySet().stream()
        .map(entry -> entry.getKey() + " (" + Failures.describe(entry.getValue()) + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * One mounted receiver: its name and its path, base path included, as Spark serves it.
   *
   * @param name the receiver's name, from {@code @Webhook(name)}
   * @param path the path template, such as {@code /api/telegram/events/{token}}
   */
  public record MountedRoute(String name, String path) {
    /** Checks that neither part is {@code null}. */
    public MountedRoute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String toString() {
      return name + " POST " + path;
    }
  }
}
