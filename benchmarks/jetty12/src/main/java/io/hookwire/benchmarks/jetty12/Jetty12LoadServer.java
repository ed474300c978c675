package io.hookwire.benchmarks.jetty12;

import io.hookwire.benchmarks.fixture.BenchSlackReceiver;
import io.hookwire.benchmarks.fixture.HandWrittenSlackEndpoint;
import io.hookwire.benchmarks.fixture.ServerLifecycle;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.jetty.HookwireHandler;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.verify.SlackSignature;
import io.hookwire.servlet.HookwireServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The Jetty 12 servers of the HTTP benchmark, each run in a JVM of its own: a Jetty 12 server on
 * loopback serving the Slack receiver through a raw handler written by hand, through Hookwire's
 * {@link HookwireHandler}, or through Hookwire's {@link HookwireServlet}.
 */
public final class Jetty12LoadServer {
  private Jetty12LoadServer() {}

  /** Arguments: the variant ({@code raw-jetty}, {@code hookwire-jetty} or {@code hookwire-servlet}) and the port. */
  public static void main(String[] args) throws Exception {
    SlackSignature signature = new SlackSignature(SlackDelivery.SIGNING_SECRET);
    BenchSlackReceiver receiver = new BenchSlackReceiver(signature);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(Integer.parseInt(args[1]));
    server.addConnector(connector);
    server.setHandler(handler(args[0], receiver, signature));
    server.start();
    ServerLifecycle.announceReady();
    ServerLifecycle.awaitStop();
    System.err.println("handled " + receiver.textChars() + " characters of text");
    server.stop();
    System.exit(0);
  }

  private static Handler handler(String variant, BenchSlackReceiver receiver, SlackSignature signature) {
    return switch (variant) {
      case "raw-jetty" -> new RawSlackHandler(new HandWrittenSlackEndpoint(receiver, signature));
      case "hookwire-jetty" -> new HookwireHandler(hookwire(receiver));
      case "hookwire-servlet" -> servletContext(hookwire(receiver));
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    };
  }

  private static Hookwire hookwire(BenchSlackReceiver receiver) {
    return Hookwire.builder().only(BenchSlackReceiver.class).instance(receiver).build();
  }

  private static ServletContextHandler servletContext(Hookwire hookwire) {
    ServletContextHandler context = new ServletContextHandler("/");
    ServletHolder holder = new ServletHolder(new HookwireServlet(hookwire));
    holder.setAsyncSupported(true);
    context.addServlet(holder, "/*");
    return context;
  }
}
