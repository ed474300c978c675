package io.hookwire.runtime;

import io.hookwire.runtime.server.BodyDeadline;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request a server adapter received, decided here step by step so that every adapter answers
 * alike: routed by its raw path, checked for its method and declared length, then, once the
 * adapter has read its body, run through the {@link Pipeline}. Counted in flight from its head to
 * {@link #close()}, so a graceful stop waits until its answer is on the wire.
 */
final class HttpReception implements Reception {
  private final Pipeline pipeline;
  private final RequestHead head;
  private final ReceiverRoute route;
  private final Map<String, String> pathParams;
  private final WebhookResponse answerWithoutBody;
  private final BodyDeadline deadline;
  private final boolean counted;
  // Set while the request holds one of the places of bodies read at once.
  private final AtomicBoolean readingBody;
  private final BodyReading bodyReading;
  private boolean closed;

  private HttpReception(Pipeline pipeline, RequestHead head, RouteTable.Match match, WebhookResponse early,
      BodyReading bodyReading, boolean counted) {
    this.pipeline = pipeline;
    this.head = head;
    this.route = match == null ? null : match.route();
    this.pathParams = match == null ? Map.of() : match.pathParams();
    this.answerWithoutBody = early;
    this.deadline = bodyReading.deadlineFromNow();
    this.counted = counted;
    this.bodyReading = bodyReading;
    this.readingBody = new AtomicBoolean(early == null);
  }

  /** Routes {@code head} and decides what can be decided before its body. */
  static Reception open(Pipeline pipeline, RouteTable table, RequestHead head, BodyReading bodyReading) {
    // Routed first, so that a refusal while stopping is counted under its receiver, as in Hookwire#handle.
    Optional<RouteTable.Match> match = table.find(head.rawPath());
    if (!pipeline.inFlight().enter()) {
      ReceiverRoute route = match.map(RouteTable.Match::route).orElse(null);
      return new HttpReception(pipeline, head, null, pipeline.stopping(route, head.rawPath()), bodyReading, false);
    }
    WebhookResponse early = match.isEmpty()
        ? pipeline.notFound(head.method(), head.rawPath())
        : decideOnHead(pipeline, match.get(), head, bodyReading);
    return new HttpReception(pipeline, head, match.orElse(null), early, bodyReading, true);
  }

  private static WebhookResponse decideOnHead(Pipeline pipeline, RouteTable.Match match, RequestHead head,
      BodyReading bodyReading) {
    ReceiverRoute route = match.route();
    // As Hookwire#handle does: a path whose parameters do not decode is refused first.
    if (match.undecodableParam().isPresent()) {
      return pipeline.undecodablePathParam(route, match.undecodableParam().get());
    }
    if (!Methods.allowed(route, head.method())) {
      return pipeline.methodNotAllowed(route, head.method());
    }
    if (head.contentLength() > route.maxBodyBytes()) {
      return pipeline.payloadTooLarge(route, "a Content-Length of " + head.contentLength() + " bytes");
    }
    if (!bodyReading.tryStart()) {
      return pipeline.tooManyBodies(route, bodyReading.maxAtOnce());
    }
    return null;
  }

  @Override
  public Optional<WebhookResponse> answerWithoutBody() {
    return Optional.ofNullable(answerWithoutBody);
  }

  @Override
  public long maxBodyBytes() {
    return route == null ? 0 : route.maxBodyBytes();
  }

  @Override
  public BodyDeadline bodyDeadline() {
    return deadline;
  }

  @Override
  public WebhookResponse complete(byte[] body) {
    bodyReadEnded();
    return pipeline.handleAdmitted(route, toWebhookRequest(body));
  }

  @Override
  public WebhookResponse bodyTooLarge() {
    bodyReadEnded();
    return pipeline.payloadTooLarge(route, "the body read so far");
  }

  @Override
  public WebhookResponse bodyTimedOut() {
    bodyReadEnded();
    if (deadline.timeoutPassed()) {
      return pipeline.bodyTimedOut(route, deadline.timeout());
    }
    return pipeline.bodyTooSlow(route, deadline.minBytesPerSecond(), deadline.grace());
  }

  @Override
  public WebhookResponse bodyUnreadable(Throwable cause) {
    bodyReadEnded();
    return pipeline.unreadableBody(route, cause);
  }

  @Override
  public void answerNotWritten(Throwable cause) {
    pipeline.answerNotWritten(route, cause);
  }

  @Override
  public void close() {
    releaseBodyPlace();
    if (counted && !closed) {
      closed = true;
      pipeline.inFlight().exit();
    }
  }

  // The body is in, or will never be: its place goes to the next one, before any handler runs.
  private void bodyReadEnded() {
    if (answerWithoutBody != null) {
      throw new IllegalStateException("this request was answered on its head: write answerWithoutBody()");
    }
    releaseBodyPlace();
  }

  private void releaseBodyPlace() {
    if (readingBody.compareAndSet(true, false)) {
      bodyReading.end();
    }
  }

  private WebhookRequest toWebhookRequest(byte[] body) {
    WebhookRequest.Builder request = WebhookRequest.builder()
        .method(head.method())
        .path(head.rawPath())
        .pathParams(pathParams)
        .remoteAddress(head.remoteAddress())
        .ownBody(body);
    head.forEachHeader(request::header);
    return request.query(head.rawQuery()).build();
  }

  @Override
  public String toString() {
    return "Reception[" + head + "]";
  }
}
