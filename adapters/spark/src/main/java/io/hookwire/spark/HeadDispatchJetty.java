package io.hookwire.spark;

import javax.servlet.ServletRequest;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Service;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.jetty.EmbeddedJettyFactory;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * Spark's embedded Jetty with one change: a request is handed over as soon as its head has
 * arrived. Spark's Jetty 9 waits for the first byte of a body first, on a connection Spark lets sit
 * idle for an hour, so a client that sends a head promising a body and then nothing would hold its
 * connection that long without Hookwire ever seeing the request; handed over on its head, the
 * request meets Hookwire's checks at once ({@code 413} for a declared length over the limit) and
 * its body deadline ({@code 408}). The application's own routes lose nothing by it: the wait
 * protects no route from a client that sends one byte of its body and then stalls.
 *
 * <p>Spark lets an application choose its server only until it has started. When Hookwire is
 * mounted later, the server is Spark's own, and {@link #dispatchOnHead} switches its connectors on
 * the first request instead.
 */
final class HeadDispatchJetty {
  private static final Logger LOG = LoggerFactory.getLogger(HeadDispatchJetty.class);
  private static final String IDENTIFIER = "hookwire-jetty";
  // Spark's own defaults for a thread pool whose minimum and idle time are not given.
  private static final int MIN_THREADS = 8;
  private static final int THREAD_IDLE_MILLIS = 60_000;

  static {
    EmbeddedServers.add(IDENTIFIER, new EmbeddedJettyFactory(new ServerFactory()));
  }

  private HeadDispatchJetty() {}

  /**
   * Makes {@code http} run on this server, when it can still choose one: before Spark has started
   * (it starts on the first route or filter), and unless the application chose a server of its own.
   *
   * @return whether {@code http} runs Spark's own server already, whose connectors
   *     {@link #dispatchOnHead} must switch
   */
  static boolean useFor(Service http) {
    Object chosen = http.embeddedServerIdentifier();
    if (chosen.equals(IDENTIFIER)) {
      return false;
    }
    if (!chosen.equals(EmbeddedServers.defaultIdentifier())) {
      LOG.info("Spark runs the application's own embedded server ({}): to bound requests whose body never"
          + " starts, have its connectors dispatch on the head (HttpConfiguration.setDelayDispatchUntilContent(false))",
          chosen);
      return false;
    }
    try {
      http.embeddedServerIdentifier(IDENTIFIER);
      return false;
    } catch (IllegalStateException e) {
      // Spark refuses once it has started, on the application's first route or filter.
      LOG.info("Spark started its server before HookwireSpark.mount: until its first request, a request whose"
          + " body never starts is held until Jetty's idle timeout rather than Hookwire's body timeout");
      return true;
    }
  }

  /**
   * Has the connector that received {@code request} hand every later request over on its head. The
   * setting is the connector's, read as each request's head arrives, so one request switches it.
   */
  static void dispatchOnHead(ServletRequest request) {
    Request jetty = Request.getBaseRequest(request);
    HttpChannel channel = jetty == null ? null : jetty.getHttpChannel();
    HttpConfiguration config = channel == null ? null : channel.getHttpConfiguration();
    if (config != null && config.isDelayDispatchUntilContent()) {
      config.setDelayDispatchUntilContent(false);
    }
  }

  /** Makes servers as Spark's own factory does, of the class below. */
  private static final class ServerFactory implements JettyServerFactory {
    @Override
    public Server create(int maxThreads, int minThreads, int threadTimeoutMillis) {
      if (maxThreads <= 0) {
        return new HeadDispatchServer(null);
      }
      return new HeadDispatchServer(new QueuedThreadPool(maxThreads, minThreads > 0 ? minThreads : MIN_THREADS,
          threadTimeoutMillis > 0 ? threadTimeoutMillis : THREAD_IDLE_MILLIS));
    }

    @Override
    public Server create(ThreadPool threadPool) {
      return new HeadDispatchServer(threadPool);
    }
  }

  /** A Jetty server whose connectors, added by Spark before it starts, dispatch on the head. */
  private static final class HeadDispatchServer extends Server {
    HeadDispatchServer(ThreadPool threadPool) {
      super(threadPool);
    }

    @Override
    protected void doStart() throws Exception {
      for (Connector connector : getConnectors()) {
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
          http.getHttpConfiguration().setDelayDispatchUntilContent(false);
        }
      }
      super.doStart();
    }
  }
}
