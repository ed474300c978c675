package io.hookwire.servlet;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.WebhookSetupException;
import io.hookwire.runtime.server.Reception;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Hookwire's receivers from a Jakarta Servlet 6.0+ container: Tomcat 10.1+, Jetty 12
 * (ee10), Undertow. Register it with its {@code Hookwire}, mapped at {@code /*} or under a prefix
 * such as {@code /hooks/*}; receivers' paths are matched after the context path and that prefix,
 * so {@code /slack/events} is served at {@code /hooks/slack/events}. With embedded Jetty 12:
 *
 * <pre>{@code
 * import io.hookwire.runtime.Hookwire;
 * import io.hookwire.servlet.HookwireServlet;
 * import java.time.Duration;
 * import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
 * import org.eclipse.jetty.ee10.servlet.ServletHolder;
 * import org.eclipse.jetty.server.Server;
 *
 * public final class Main {
 *   public static void main(String[] args) throws Exception {
 *     Hookwire hookwire = Hookwire.create();
 *     Server server = new Server(8080);
 *     ServletContextHandler context = new ServletContextHandler("/");
 *     context.addServlet(new ServletHolder(new HookwireServlet(hookwire)), "/hooks/*");
 *     server.setHandler(context);
 *     server.start(); // runs hookwire.start(): in fail-fast mode, fails here
 *     Runtime.getRuntime().addShutdownHook(new Thread(() -> {
 *       try {
 *         hookwire.stop(Duration.ofSeconds(30)); // drain first, while answers can still be written
 *         server.stop();
 *       } catch (Exception e) {
 *         System.err.println("Hookwire did not stop cleanly: " + e);
 *       }
 *     }));
 *     server.join();
 *   }
 * }
 * }</pre>
 *
 * <p>Jetty's embedded holders support asynchronous requests by default. In Tomcat, register it with
 * {@code Tomcat.addServlet(context, "hookwire", new HookwireServlet(hookwire))}, then call
 * {@code setAsyncSupported(true)} and {@code setLoadOnStartup(1)} on the {@code Wrapper} it returns
 * and {@code context.addServletMappingDecoded("/hooks/*", "hookwire")}; from a
 * {@code ServletContainerInitializer}, do the same on the {@code ServletRegistration.Dynamic} of
 * {@code servletContext.addServlet("hookwire", servlet)}. Spring Boot's
 * {@code ServletRegistrationBean} supports async by default.
 *
 * <p><b>Start-up.</b> {@link #init()} runs {@link Hookwire#start()}, which connects the receivers
 * once. In fail-fast mode a receiver that cannot be connected makes it throw
 * {@link ServletException}, so the container fails the deployment instead of serving without it.
 * Load the servlet on start-up (Jetty does for a servlet given as an instance) so that this
 * happens when the application starts, not at its first delivery.
 *
 * <p><b>Requests.</b> Every method reaches Hookwire, which answers {@code 405} with {@code Allow}
 * itself. Hookwire routes on the raw, percent-encoded path after the prefix, taken from the
 * request URI, never on the decoded {@code getPathInfo()}, so {@code /telegram/a%2Fb/updates}
 * keeps its three segments. The context path and the prefix must appear in the URI as they are
 * written: a client that spells them otherwise ({@code /ho%6Fks/…}) is not served, as Hookwire
 * does not serve a receiver's own literal segments spelled otherwise. The container still decides
 * first which requests reach the servlet at all: Jetty 12, for one, refuses an encoded {@code /}
 * or an escape that is no UTF-8 with {@code 400} unless its URI compliance and
 * {@code ServletHandler.setDecodeAmbiguousURIs(true)} allow them. A path no receiver has is
 * answered {@code 404} with {@code sendError}: the servlet is mapped there, so it must answer, and
 * the container's error page, or the application's, gives the answer. Hookwire owns its prefix;
 * map the application's other servlets elsewhere, or at exact paths inside it, which win over the
 * prefix. Parameters are never read through {@code getParameter}, which would consume a form body
 * before it is verified.
 *
 * <p><b>Bodies.</b> When the request may go asynchronous, the body is read with a
 * {@code ReadListener}: a slow sender holds no container thread, and a daemon timer owned by the
 * servlet answers {@code 408} once the body's bytes are late: past its deadline
 * ({@code Hookwire.Builder#bodyTimeout}) or behind its minimum rate
 * ({@code Hookwire.Builder#minBodyRate}). A body over the limit is answered {@code 413} as soon as
 * it passes it. Both carry {@code Connection: close}, so the container closes the connection
 * rather than reading the rest. Handlers run on the container's thread that saw the body end. When
 * the servlet or a filter before it does not support async, the body is read on the request's
 * thread; the deadline and the rate are then checked between reads, which ends a body that drips,
 * and a sender that stops sending altogether is bounded only by the container's idle timeout.
 *
 * <p>A request answered on its head with {@code Connection: close} ({@code 503} while too many
 * bodies are being read, {@code 413} for a declared length over the limit) while its body is still
 * coming is answered asynchronously too, with its body left unread, so that the container closes
 * the connection without waiting for the rest: Tomcat would otherwise read up to its
 * {@code maxSwallowSize} of it blocking, holding a thread for as long as a slow sender drips.
 * Other answers on the head ({@code 404}, {@code 405}) leave the rest of the body to the container,
 * as every other servlet's answers do.
 *
 * <p><b>Stopping.</b> The servlet does not own the {@code Hookwire} it serves (the application may
 * serve it elsewhere too), so {@link #destroy()} does not stop it: it only stops the servlet's
 * timer, answering at once the bodies still awaited. Drain with {@link Hookwire#stop(java.time.Duration)}
 * before stopping the container: by the time a container destroys its servlets it may have closed
 * its connections, and a delivery handled then could no longer be acknowledged.
 */
public final class HookwireServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(HookwireServlet.class);

  // A servlet is Serializable for session replication of containers; this one never travels.
  private final transient Hookwire hookwire;
  // Whether the receivers' paths begin after the context path, the servlet's mapping included.
  private final boolean mappedAtReceiverPaths;
  private transient volatile DeadlineTimer deadlines;

  /**
   * A servlet that serves {@code hookwire}'s receivers under its mapping's prefix: mapped at
   * {@code /hooks/*}, it serves {@code /slack/events} at {@code /hooks/slack/events}.
   */
  public HookwireServlet(Hookwire hookwire) {
    this(hookwire, false);
  }

  private HookwireServlet(Hookwire hookwire, boolean mappedAtReceiverPaths) {
    this.hookwire = Objects.requireNonNull(hookwire, "hookwire");
    this.mappedAtReceiverPaths = mappedAtReceiverPaths;
  }

  /**
   * A servlet to be mapped at the receivers' own paths rather than under a prefix of its own: it
   * routes on the whole path after the context path, its mapping included. Map it at each
   * receiver's path ({@code /github}, an exact mapping) or, for a path with parameters, at its
   * fixed start ({@code /telegram/*} for {@code /telegram/{botToken}/updates}), so that the
   * application's other servlets keep every other path. Spring Boot's starter registers it so.
   */
  public static HookwireServlet mappedAtReceiverPaths(Hookwire hookwire) {
    return new HookwireServlet(hookwire, true);
  }

  /**
   * Runs {@code hookwire}'s start-up ({@link Hookwire#start()}), once however many servlets serve
   * it, and starts the timer of body deadlines.
   *
   * @throws ServletException in fail-fast mode, when a receiver cannot be connected: its cause is
   *     the {@link WebhookSetupException}
   */
  @Override
  public void init() throws ServletException {
    try {
      hookwire.start();
    } catch (WebhookSetupException e) {
      throw new ServletException("Hookwire could not start: " + e.getMessage(), e);
    }
    deadlines = DeadlineTimer.start();
  }

  /** Hands the request to Hookwire, whatever its method, and writes Hookwire's answer. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) {
    Reception reception = null;
    boolean readingAsync = false;
    try {
      String rawPath = mappedAtReceiverPaths ? RawPath.afterContextPath(request) : RawPath.of(request);
      if (rawPath == null || !hookwire.serves(rawPath)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      reception = hookwire.receive(RequestHeads.of(request, rawPath));
      Optional<WebhookResponse> early = reception.answerWithoutBody();
      if (early.isEmpty() && request.isAsyncSupported()) {
        AsyncBodyReader.start(request, response, reception, deadlines);
        readingAsync = true; // the reader answers and closes the reception from now on
        return;
      }
      if (early.isPresent() && request.isAsyncSupported() && UnreadBody.applies(request, early.get())) {
        UnreadBody.answer(request, response, reception, early.get());
        readingAsync = true; // answered and closed already
        return;
      }
      WebhookResponse answer = early.isPresent() ? early.get() : BlockingBody.read(request, reception);
      write(answer, response, reception);
    } catch (IOException e) {
      LOG.debug("The answer 404 could not be written", e);
    } catch (RuntimeException | Error e) {
      // Nothing may reach the container, whose error page could show the exception to the client.
      LOG.error("500 the request could not be handled", e);
      AnswerWriter.internalError(response);
    } finally {
      if (reception != null && !readingAsync) {
        reception.close();
      }
    }
  }

  /**
   * Stops the timer of body deadlines, answering at once the bodies still awaited, so every request
   * under way ends. Does not stop {@code hookwire}: see the class description.
   */
  @Override
  public void destroy() {
    DeadlineTimer current = deadlines;
    if (current != null) {
      current.shutdown();
    }
  }

  private static void write(WebhookResponse answer, HttpServletResponse response, Reception reception) {
    try {
      AnswerWriter.write(response, answer);
    } catch (IOException e) {
      reception.answerNotWritten(e);
    }
  }
}
