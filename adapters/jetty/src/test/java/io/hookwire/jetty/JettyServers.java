package io.hookwire.jetty;

import io.hookwire.it.contract.ServerFactory;
import io.hookwire.runtime.Hookwire;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
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
 * own handler ({@link Application}), at the server's root or inside a {@link ContextHandler}, with
 * Jetty's default configuration unless told otherwise.
 */
final class JettyServers implements ServerFactory {
  private final String contextPath;
  private final UriCompliance uriCompliance;

  private JettyServers(String contextPath, UriCompliance uriCompliance) {
    this.contextPath = contextPath;
    this.uriCompliance = uriCompliance;
  }

  /** Servers with the handlers at the root. */
  static JettyServers atRoot() {
    return new JettyServers("", UriCompliance.DEFAULT);
  }

  /** Servers with the handlers inside a context at {@code contextPath}, such as {@code /hooks}. */
  static JettyServers inContext(String contextPath) {
    return new JettyServers(contextPath, UriCompliance.DEFAULT);
  }

  /** These servers, refusing only the URIs {@code uriCompliance} does not allow. */
  JettyServers withUriCompliance(UriCompliance uriCompliance) {
    return new JettyServers(contextPath, uriCompliance);
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
    HttpConfiguration http = new HttpConfiguration();
    http.setUriCompliance(uriCompliance);
    // One acceptor and one selector: the fewest threads a connector takes from a small pool.
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    Handler handlers = new Handler.Sequence(hookwire, new Application());
    server.setHandler(contextPath.isEmpty() ? handlers : new ContextHandler(handlers, contextPath));
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    return new JettyServer(server, connector.getLocalPort(), contextPath);
  }

  /**
   * The application's own handler: {@code GET /health} answers {@code up}, {@code POST /echo}
   * answers the body it read; every other request is left to Jetty.
   */
  static final class Application extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String path = Request.getPathInContext(request);
      String method = request.getMethod();
      String answer;
      if ("GET".equals(method) && "/health".equals(path)) {
        answer = "up";
      } else if ("POST".equals(method) && "/echo".equals(path)) {
        answer = "echo " + Content.Source.asString(request, StandardCharsets.UTF_8);
      } else {
        return false;
      }
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
      Content.Sink.write(response, true, answer, callback);
      return true;
    }
  }
}
