package io.hookwire.servlet;

import io.hookwire.it.contract.ServerFactory;
import io.hookwire.runtime.Hookwire;
import java.time.Duration;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 servers on free loopback ports, with a {@link HookwireServlet} in a Servlet 6 context
 * and the application's {@code GET /health} in a servlet of its own at an exact path under the
 * same prefix, which wins over the prefix's mapping.
 */
final class ServletServers implements ServerFactory {
  private final String contextPath;
  private final String mapping;
  private final boolean async;
  private int maxThreads;
  private boolean lenientUris;
  private Duration idleTimeout;
  private Consumer<ServletContextHandler> customizer = context -> {};

  private ServletServers(String contextPath, String mapping, boolean async) {
    this.contextPath = contextPath;
    this.mapping = mapping;
    this.async = async;
  }

  /** The servlet at {@code /*} in the root context. */
  static ServletServers atRoot() {
    return new ServletServers("", "/*", true);
  }

  /** The servlet at {@code /hooks/*} in the context {@code /app}. */
  static ServletServers underPrefix() {
    return new ServletServers("/app", "/hooks/*", true);
  }

  /** The servlet at {@code /*}, registered without async support: bodies are read blocking. */
  static ServletServers blocking() {
    return new ServletServers("", "/*", false);
  }

  /** These servers with a thread pool of at most {@code maxThreads}, none of them reserved. */
  ServletServers threads(int maxThreads) {
    ServletServers copy = copy();
    copy.maxThreads = maxThreads;
    return copy;
  }

  /**
   * These servers letting through what Jetty 12 refuses by default with {@code 400}: an encoded
   * {@code /} in a segment, and escapes that are no UTF-8. The container decides which requests
   * reach a servlet; these reach Hookwire only when it is configured so.
   */
  ServletServers lenientUris() {
    ServletServers copy = copy();
    copy.lenientUris = true;
    return copy;
  }

  /** These servers closing connections idle for {@code idleTimeout}, instead of Jetty's 30 s. */
  ServletServers idleTimeout(Duration idleTimeout) {
    ServletServers copy = copy();
    copy.idleTimeout = idleTimeout;
    return copy;
  }

  /** These servers with {@code customizer} applied to the context before it starts. */
  ServletServers customized(Consumer<ServletContextHandler> customizer) {
    ServletServers copy = copy();
    copy.customizer = this.customizer.andThen(customizer);
    return copy;
  }

  private ServletServers copy() {
    ServletServers copy = new ServletServers(contextPath, mapping, async);
    copy.maxThreads = maxThreads;
    copy.lenientUris = lenientUris;
    copy.idleTimeout = idleTimeout;
    copy.customizer = customizer;
    return copy;
  }

  /** What the mapping puts before a receiver's path: {@code /hooks} for {@code /hooks/*}. */
  private String mappingPrefix() {
    return mapping.substring(0, mapping.length() - 2);
  }

  @Override
  public RunningServer start(Hookwire hookwire) throws Exception {
    Server server = maxThreads > 0 ? new Server(smallPool(maxThreads)) : new Server();
    try {
      // One acceptor and one selector: the fewest threads Jetty needs besides those of requests.
      ServerConnector connector = new ServerConnector(server, 1, 1);
      connector.setHost("127.0.0.1");
      connector.setPort(0);
      if (idleTimeout != null) {
        connector.setIdleTimeout(idleTimeout.toMillis());
      }
      server.addConnector(connector);
      if (lenientUris) {
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setUriCompliance(
            UriCompliance.UNSAFE);
      }
      ServletContextHandler context = new ServletContextHandler(contextPath.isEmpty() ? "/" : contextPath);
      ServletHolder hooks = new ServletHolder("hookwire", new HookwireServlet(hookwire));
      hooks.setAsyncSupported(async);
      context.addServlet(hooks, mapping);
      context.addServlet(new ServletHolder("health", new HealthServlet()), mappingPrefix() + "/health");
      context.getServletHandler().setDecodeAmbiguousURIs(lenientUris);
      customizer.accept(context);
      server.setHandler(context);
      server.start();
      return new RunningServer(connector.getLocalPort(), contextPath + mappingPrefix(), () -> stop(server));
    } catch (Exception | Error e) {
      server.stop();
      throw e;
    }
  }

  private static QueuedThreadPool smallPool(int maxThreads) {
    QueuedThreadPool pool = new QueuedThreadPool(maxThreads, 1);
    pool.setReservedThreads(0);
    pool.setName("tiny");
    return pool;
  }

  // No graceful wait: draining is Hookwire's stop, which the tests that need it call first.
  private static void stop(Server server) {
    server.setStopTimeout(0);
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The test server did not stop", e);
    }
  }

}
