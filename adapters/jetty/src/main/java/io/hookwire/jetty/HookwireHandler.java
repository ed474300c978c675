package io.hookwire.jetty;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookSetupException;
import java.util.Objects;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves Hookwire's receivers as a Jetty 12 core {@link Handler}, without the servlet layer.
 *
 * <pre>{@code
 * import io.hookwire.jetty.HookwireHandler;
 * import io.hookwire.runtime.Hookwire;
 * import java.time.Duration;
 * import org.eclipse.jetty.io.Content;
 * import org.eclipse.jetty.server.Handler;
 * import org.eclipse.jetty.server.Request;
 * import org.eclipse.jetty.server.Response;
 * import org.eclipse.jetty.server.Server;
 * import org.eclipse.jetty.util.Callback;
 *
 * public final class Main {
 *   public static void main(String[] args) throws Exception {
 *     Hookwire hookwire = Hookwire.create();
 *     Handler app = new Handler.Abstract() {   // the application's own handler
 *       public boolean handle(Request request, Response response, Callback callback) {
 *         if (!"/health".equals(Request.getPathInContext(request))) {
 *           return false;
 *         }
 *         Content.Sink.write(response, true, "up", callback);
 *         return true;
 *       }
 *     };
 *     Server server = new Server(8080);
 *     server.setHandler(new Handler.Sequence(new HookwireHandler(hookwire), app));
 *     server.start();   // runs hookwire.start(): receivers are connected before the first request
 *     Runtime.getRuntime().addShutdownHook(new Thread(() -> {
 *       try {
 *         hookwire.stop(Duration.ofSeconds(30));   // new deliveries 503, those under way finish
 *         server.stop();
 *       } catch (Exception e) {
 *         throw new IllegalStateException("The server did not stop cleanly", e);
 *       }
 *     }));
 *     server.join();
 *   }
 * }
 * }</pre>
 *
 * <p>Hookwire routes its requests itself, with one look-up in its own route table: a request's
 * cost does not grow with the number of receivers. A request whose path no receiver has is not
 * handled ({@link #handle} returns {@code false}), so the next handler of a
 * {@link Handler.Sequence} gets it, body untouched, and Jetty answers {@code 404} when none takes
 * it. Mounted inside a {@code ContextHandler}, receivers' paths are matched after the context's
 * path: with the context {@code /hooks}, {@code /hooks/slack/events} serves {@code /slack/events}.
 *
 * <p>Paths are matched as the client wrote them, still percent-encoded: an encoded {@code /} in a
 * path parameter never shifts a segment, and Hookwire decodes each parameter on its own, after
 * matching. Jetty itself refuses, with {@code 400} and before any handler runs, the URIs its
 * {@code UriCompliance} does not allow; by default that includes an encoded {@code /}, an encoded
 * dot segment, an empty segment and escapes that are not UTF-8. For receivers whose path
 * parameters may hold such values, allow them on the connector; Hookwire's matching is safe with
 * them, and the application's other handlers must be too:
 *
 * <pre>{@code
 * HttpConfiguration http = new HttpConfiguration();
 * http.setUriCompliance(UriCompliance.DEFAULT.with("HOOKWIRE", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
 * server.addConnector(new ServerConnector(server, new HttpConnectionFactory(http)));
 * }</pre>
 *
 * <p>Escapes that are not UTF-8 need not be allowed: Hookwire refuses a parameter holding them
 * with its own {@code 400} anyway.
 *
 * <p>Bodies are read asynchronously: no thread waits while a client sends its body, however slowly,
 * and a body that has not arrived within its time ({@link Hookwire.Builder#bodyTimeout}), or falls
 * behind the minimum rate ({@link Hookwire.Builder#minBodyRate}), is answered {@code 408} when its
 * bytes are late. The receivers' handlers, which may block, run on Jetty's thread
 * pool, never on a selector thread.
 */
public final class HookwireHandler extends Handler.Abstract {
  private final Hookwire hookwire;

  /**
   * A handler for {@code hookwire}'s receivers. Its start-up ({@link Hookwire#start()}) runs when
   * the handler starts with its server.
   */
  public HookwireHandler(Hookwire hookwire) {
    // Blocking, the default: Jetty must call it, and let it finish bodies, on threads that may block.
    super(InvocationType.BLOCKING);
    this.hookwire = Objects.requireNonNull(hookwire, "hookwire");
  }

  /**
   * Runs Hookwire's start-up, once however often the server starts: receivers are connected with
   * their messaging apps before the first request.
   *
   * @throws WebhookSetupException in fail-fast mode, when a receiver cannot be connected: the
   *     server's start fails with it
   */
  @Override
  protected void doStart() throws Exception {
    hookwire.start();
    super.doStart();
  }

  /**
   * Takes the request when a receiver has its path, and answers it; otherwise returns {@code false}
   * and leaves it, body unread, to the handlers after this one.
   */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String rawPath = RequestHeads.rawPathInContext(request);
    if (rawPath == null || !hookwire.serves(rawPath)) {
      return false;
    }
    new Exchange(request, response, callback).start(hookwire, rawPath);
    return true;
  }
}
