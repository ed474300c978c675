package io.hookwire.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects every receiver once, at the first {@link Hookwire#start()}, {@link Hookwire#routes()}
 * or {@link Hookwire#handle}, and remembers which ones may serve. A receiver that fails is left
 * out and the others still serve; in fail-fast mode the first failure ends the start-up instead, and the receivers after
 * it are not connected, since the application is going to stop.
 */
final class Startup {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  private final List<ReceiverRoute> connected;
  private final MountReport report;
  private final WebhookSetupException failure;

  private Startup(List<ReceiverRoute> connected, MountReport report, WebhookSetupException failure) {
    this.connected = List.copyOf(connected);
    this.report = report;
    this.failure = failure;
  }

  /** Applies the start-up rules to each receiver in turn, connecting with {@code retry}. */
  static Startup run(List<ReceiverRoute> routes, boolean failFast, ConnectRetry retry) {
    List<ReceiverRoute> connected = new ArrayList<>();
    Map<String, Exception> failed = new LinkedHashMap<>();
    for (ReceiverRoute route : routes) {
      Exception cause = connect(route, retry);
      if (cause == null) {
        connected.add(route);
      } else if (failFast) {
        return failedFast(route, cause);
      } else {
        LOG.error("{} is not mounted: {}", route.describe(), Failures.describe(cause), cause);
        failed.put(route.name(), cause);
      }
    }
    return new Startup(connected, report(connected, failed), null);
  }

  /** The receivers that may serve, in the order they were found. */
  List<ReceiverRoute> connected() {
    return connected;
  }

  /** What the start-up did. */
  MountReport report() {
    return report;
  }

  /** Throws, in fail-fast mode, when a receiver could not be connected. */
  void rethrowFailure() throws WebhookSetupException {
    if (failure != null) {
      // A new exception each time, so that its stack trace shows the caller at hand.
      throw new WebhookSetupException(failure.getMessage(), failure.getCause());
    }
  }

  /** The cause when the receiver cannot be mounted, {@code null} when it can. */
  private static Exception connect(ReceiverRoute route, ConnectRetry retry) {
    try {
      retry.connect(route);
      return null;
    } catch (Throwable e) {
      Failures.rethrowIfFatal(e);
      return Failures.asException(e, route.describe() + " failed while connecting");
    }
  }

  private static Startup failedFast(ReceiverRoute route, Exception cause) {
    String message = route.describe() + " could not be connected: " + Failures.describe(cause);
    return new Startup(List.of(), report(List.of(), Map.of()), new WebhookSetupException(message, cause));
  }

  private static MountReport report(List<ReceiverRoute> connected, Map<String, Exception> failed) {
    List<MountReport.MountedRoute> mounted = new ArrayList<>();
    for (ReceiverRoute route : connected) {
      mounted.add(new MountReport.MountedRoute(route.name(), route.path().path()));
    }
    return new MountReport(mounted, failed);
  }
}
