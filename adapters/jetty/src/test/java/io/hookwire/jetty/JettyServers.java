package io.hookwire.jetty;

import io.hookwire.it.contract.ServerFactory;
import io.hookwire.runtime.Hookwire;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Jetty 12 servers on free loopback ports: a {@link HookwireHandler} first, then the application's
 * own handler, which answers {@code GET /health} with {@code 200 up}; at the server's root, or inside
 * a {@link ContextHandler}.
 */
final class JettyServers implements ServerFactory {
  private final String contextPath;

  private JettyServers(String contextPath) {
    this.contextPath = contextPath;
  }

  /** Servers with the handlers at the root. */
  static JettyServers atRoot() {
    return new JettyServers("");
  }

  /** Servers with the handlers inside a context at {@code contextPath}, such as {@code /hooks}. */
  static JettyServers inContext(String contextPath) {
    return new JettyServers(contextPath);
  }

  @Override
  public JettyServer start(Hookwire hookwire) throws Exception {
    return start(new HookwireHandler(hookwire), new QueuedThreadPool());
  }

  /**
   * A server with {@code hookwire} (a {@link HookwireHandler}, or one wrapped to watch it) in front
   * of the application's handler, running on {@code threads}.
   */
  JettyServer start(Handler hookwire, ThreadPool threads) throws Exception {
    Server server = new Server(threads);
    // One acceptor and one selector: the fewest threads a connector takes from a small pool.
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(new HttpConfiguration()));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    Handler handlers = new Handler.Sequence(hookwire, new Health());
    server.setHandler(contextPath.isEmpty() ? handlers : new ContextHandler(handlers, contextPath));
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    return new JettyServer(server, connector.getLocalPort(), contextPath);
  }

  /** The application's own handler: {@code GET /health} only. */
  static final class Health extends Handler.Abstract.NonBlocking {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      if (!"GET".equals(request.getMethod()) || !"/health".equals(Request.getPathInContext(request))) {
        return false;
      }
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      Content.Sink.write(response, true, "up", callback);
      return true;
    }
  }
}
