package io.hookwire.spark;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookSetupException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import spark.Service;

/**
 * Serves Hookwire's receivers on a Spark {@link Service}.
 *
 * <pre>{@code
 * Service http = Service.ignite().port(4567);
 * Hookwire hookwire = Hookwire.create();
 * MountReport report = HookwireSpark.mount(hookwire, http);
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> {
 *   hookwire.stop(Duration.ofSeconds(30));   // drain the deliveries under way
 *   http.stop();
 * }));
 * }</pre>
 *
 * <p>Hookwire routes its requests itself, with one look-up in its own route table, from a single
 * Spark {@code before} filter: a request's cost does not grow with the number of receivers, and
 * Spark never decodes a receiver's path. A path no receiver has is left to the application's own
 * routes; a receiver's path is Hookwire's, even where the application has a route of its own for
 * it. Spark's global handlers ({@code notFound}, {@code exception}) are left alone.
 *
 * <p>Spark's Jetty hands a request over only once the first byte of its body has arrived. Hookwire
 * has it hand requests over on their head instead, so that a client that promises a body and sends
 * none gets {@code 408} once the body timeout is up, instead of keeping its connection for the hour
 * Spark's Jetty waits. Mounted before any route or filter is mapped, Hookwire has Spark start its
 * usual Jetty configured so; mounted later, on a server that is running already, it switches the
 * server's connectors on their first request. An application that chose its own embedded server
 * ({@code Service#embeddedServerIdentifier}) keeps it as it is.
 */
public final class HookwireSpark {
  // Services are compared by identity, and one that is gone must not be held on to.
  private static final Map<Service, Set<Hookwire>> MOUNTED = new WeakHashMap<>();

  private HookwireSpark() {}

  /**
   * Runs {@code hookwire}'s start-up ({@link Hookwire#start()}), then serves its receivers on
   * {@code http}. Mounting one {@code Hookwire} twice on one {@code Service} adds nothing the
   * second time; mounting it on a second {@code Service} serves the same receivers there too,
   * without connecting them again.
   *
   * @return the routes mounted and the receivers not mounted, with the cause
   * @throws WebhookSetupException in fail-fast mode, when a receiver cannot be connected
   */
  public static MountReport mount(Hookwire hookwire, Service http) throws WebhookSetupException {
    Objects.requireNonNull(hookwire, "hookwire");
    Objects.requireNonNull(http, "http");
    MountReport report = hookwire.start();
    synchronized (MOUNTED) {
      Set<Hookwire> onService = MOUNTED.computeIfAbsent(http,
          service -> Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
      if (onService.add(hookwire)) {
        // Before the filter: adding it starts Spark's server, which can then no longer be chosen.
        boolean switchConnectors = HeadDispatchJetty.useFor(http);
        http.before(new HookwireFilter(hookwire, http, switchConnectors));
      }
    }
    return report;
  }
}
