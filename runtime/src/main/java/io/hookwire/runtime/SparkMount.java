package io.hookwire.runtime;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Response;
import spark.Route;
import spark.Service;

/**
 * Adds receivers to a Spark {@link Service}: a thin adapter that reads the body within the limit,
 * turns Spark's request into a {@link WebhookRequest}, runs the {@link Pipeline} and writes its
 * answer. It sets no global Spark handler ({@code notFound}, {@code exception}), so the
 * application's own routes on the same server keep their behaviour.
 */
final class SparkMount {
  private static final Logger LOG = LoggerFactory.getLogger(SparkMount.class);

  private final Pipeline pipeline;

  SparkMount(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * Registers {@code POST} for each route and a {@code 405} for every other method Spark offers.
   * Paths without parameters go first: Spark takes the first route that matches, and
   * {@code /a/b} must win over {@code /a/{x}}, as it does in {@link RouteTable}.
   */
  void addRoutes(Service http, List<ReceiverRoute> routes) {
    routes.stream()
        .sorted(Comparator.comparing(route -> !route.path().isLiteral()))
        .forEach(route -> addRoute(http, route));
  }

  private void addRoute(Service http, ReceiverRoute route) {
    String path = route.path().sparkPath();
    http.post(path, (request, response) -> write(receive(route, request), response));
    Route notAllowed = (request, response) ->
        write(pipeline.methodNotAllowed(route, request.requestMethod()), response);
    http.get(path, notAllowed);
    http.put(path, notAllowed);
    http.patch(path, notAllowed);
    http.delete(path, notAllowed);
    http.head(path, notAllowed);
    http.options(path, notAllowed);
    http.trace(path, notAllowed);
    http.connect(path, notAllowed);
  }

  private WebhookResponse receive(ReceiverRoute route, Request request) {
    try {
      return receiveBody(route, request);
    } catch (Throwable e) {
      // Nothing may reach Spark, whose error page would show the exception to the client.
      LOG.error("{}: 500 the request could not be handled", route.name(), e);
      return Answers.INTERNAL_ERROR;
    }
  }

  private WebhookResponse receiveBody(ReceiverRoute route, Request request) {
    HttpServletRequest servlet = request.raw();
    long declared = servlet.getContentLengthLong();
    if (declared > route.maxBodyBytes()) {
      return pipeline.payloadTooLarge(route, "a Content-Length of " + declared + " bytes");
    }
    Optional<byte[]> body;
    try {
      body = BodyReader.read(servlet, route.maxBodyBytes());
    } catch (IOException | RuntimeException e) {
      return pipeline.unreadableBody(route, e);
    }
    if (body.isEmpty()) {
      return pipeline.payloadTooLarge(route, "the body read so far");
    }
    return pipeline.handle(route, SparkRequests.toWebhookRequest(request, route.path(), body.get()));
  }

  private static String write(WebhookResponse answer, Response response) {
    response.status(answer.status());
    response.type(answer.contentType());
    answer.headers().forEach(response::header);
    // Spark writes a returned String as UTF-8; an empty one still counts as an answer.
    return answer.body();
  }
}
