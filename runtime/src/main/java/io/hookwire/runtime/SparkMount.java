package io.hookwire.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Response;
import spark.Route;
import spark.RouteImpl;
import spark.Service;
import spark.route.HttpMethod;

/**
 * Adds receivers to a Spark {@link Service}: a thin adapter that reads the body within the limit
 * and the time allowed, turns Spark's request into a {@link WebhookRequest}, runs the
 * {@link Pipeline} and writes its answer. It sets no global Spark handler ({@code notFound},
 * {@code exception}), so the application's own routes on the same server keep their behaviour.
 */
final class SparkMount {
  /** The time a client has to send its whole body once its headers arrived. */
  static final Duration BODY_READ_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(SparkMount.class);
  private static final String POST = "POST";
  // Every method Spark can route, unsupported standing for any method it has no name for.
  private static final List<HttpMethod> METHODS = List.of(
      HttpMethod.post, HttpMethod.get, HttpMethod.put, HttpMethod.patch, HttpMethod.delete, HttpMethod.head,
      HttpMethod.options, HttpMethod.trace, HttpMethod.connect, HttpMethod.unsupported);

  private final Pipeline pipeline;
  private final Duration bodyReadTimeout;

  SparkMount(Pipeline pipeline) {
    this(pipeline, BODY_READ_TIMEOUT);
  }

  /** A mount that gives clients {@code bodyReadTimeout} to send a body; for tests. */
  SparkMount(Pipeline pipeline, Duration bodyReadTimeout) {
    this.pipeline = pipeline;
    this.bodyReadTimeout = bodyReadTimeout;
  }

  /**
   * Registers each route for every method: {@code POST} is received, any other answers
   * {@code 405}. Paths without parameters go first: Spark takes the first route that matches, and
   * {@code /a/b} must win over {@code /a/{x}}, as it does in {@link RouteTable}.
   */
  void addRoutes(Service http, List<ReceiverRoute> routes) {
    routes.stream()
        .sorted(Comparator.comparing(route -> !route.path().isLiteral()))
        .forEach(route -> addRoute(http, route));
  }

  private void addRoute(Service http, ReceiverRoute route) {
    String path = route.path().sparkPath();
    Route answer = (request, response) -> serve(route, request, response);
    METHODS.forEach(method -> http.addRoute(method, RouteImpl.create(path, answer)));
  }

  /**
   * Decides on the request line as it came, not on what Spark matched: Spark drops empty path
   * segments ({@code //a//b} matches {@code /a/b}), lower-cases the method and lets an
   * {@code X-HTTP-Method-Override} header choose the route. Hookwire answers as
   * {@link Hookwire#handle} does: the exact path or {@code 404}, {@code POST} or {@code 405}.
   */
  private WebhookResponse answer(ReceiverRoute route, Request request) {
    HttpServletRequest servlet = request.raw();
    String method = servlet.getMethod();
    Optional<Map<String, String>> pathParams = route.path().match(servlet.getRequestURI());
    if (pathParams.isEmpty()) {
      return pipeline.notFound(WebhookRequest.builder().method(method).path(servlet.getRequestURI()).build());
    }
    return POST.equals(method)
        ? receive(route, request, pathParams.get())
        : pipeline.methodNotAllowed(route, method);
  }

  private WebhookResponse receive(ReceiverRoute route, Request request, Map<String, String> pathParams) {
    try {
      return receiveBody(route, request, pathParams);
    } catch (Throwable e) {
      // Nothing may reach Spark, whose error page would show the exception to the client.
      LOG.error("{}: 500 the request could not be handled", route.name(), e);
      return Answers.INTERNAL_ERROR;
    }
  }

  private WebhookResponse receiveBody(ReceiverRoute route, Request request, Map<String, String> pathParams) {
    HttpServletRequest servlet = request.raw();
    long declared = servlet.getContentLengthLong();
    if (declared > route.maxBodyBytes()) {
      return pipeline.payloadTooLarge(route, "a Content-Length of " + declared + " bytes");
    }
    Optional<byte[]> body;
    try (BodyDeadline deadline = BodyDeadline.start(servlet, bodyReadTimeout)) {
      body = BodyReader.read(servlet, route.maxBodyBytes(), deadline);
    } catch (BodyTimeoutException e) {
      LOG.info("{}: 408 {}", route.name(), e.getMessage());
      return Answers.REQUEST_TIMEOUT;
    } catch (IOException | RuntimeException e) {
      return pipeline.unreadableBody(route, e);
    }
    if (body.isEmpty()) {
      return pipeline.payloadTooLarge(route, "the body read so far");
    }
    // serve() counts this delivery as in flight already.
    return pipeline.handleAdmitted(route, SparkRequests.toWebhookRequest(request, pathParams, body.get()));
  }

  /**
   * Answers one request, counted as in flight until its answer is on the wire: a graceful stop
   * waits for that, so no answer is cut off when the server stops.
   */
  private String serve(ReceiverRoute route, Request request, Response response) throws IOException {
    InFlight inFlight = pipeline.inFlight();
    if (!inFlight.enter()) {
      return writeNow(Answers.UNAVAILABLE, response);
    }
    try {
      return writeNow(answer(route, request), response);
    } finally {
      inFlight.exit();
    }
  }

  /** Writes and flushes the answer itself, leaving Spark an empty body to add. */
  private static String writeNow(WebhookResponse answer, Response response) throws IOException {
    response.status(answer.status());
    response.type(answer.contentType());
    answer.headers().forEach(response::header);
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    HttpServletResponse raw = response.raw();
    raw.setContentLength(body.length);
    raw.getOutputStream().write(body);
    raw.flushBuffer();
    return "";
  }
}
