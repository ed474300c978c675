package io.hookwire.runtime;

import io.hookwire.runtime.server.BodyDeadline;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A request a server adapter received, decided here step by step so that every adapter answers
 * alike: routed by its raw path, checked for its method and declared length, then, once the
 * adapter has read its body, run through the {@link Pipeline}. Counted in flight from its head to
 * {@link #close()}, so a graceful stop waits until its answer is on the wire.
 */
final class HttpReception implements Reception {
  private static final String POST = "POST";

  private final Pipeline pipeline;
  private final RequestHead head;
  private final ReceiverRoute route;
  private final Map<String, String> pathParams;
  private final WebhookResponse answerWithoutBody;
  private final BodyDeadline deadline;
  private final boolean counted;
  private boolean closed;

  private HttpReception(Pipeline pipeline, RequestHead head, RouteTable.Match match, WebhookResponse early,
      Duration bodyTimeout, boolean counted) {
    this.pipeline = pipeline;
    this.head = head;
    this.route = match == null ? null : match.route();
    this.pathParams = match == null ? Map.of() : match.pathParams();
    this.answerWithoutBody = early;
    this.deadline = BodyDeadline.after(bodyTimeout);
    this.counted = counted;
  }

  /** Routes {@code head} and decides what can be decided before its body. */
  static Reception open(Pipeline pipeline, RouteTable table, RequestHead head, Duration bodyTimeout) {
    if (!pipeline.inFlight().enter()) {
      return new HttpReception(pipeline, head, null, pipeline.stopping(head.rawPath()), bodyTimeout, false);
    }
    Optional<RouteTable.Match> match = table.find(head.rawPath());
    WebhookResponse early = match.isEmpty()
        ? pipeline.notFound(head.method(), head.rawPath())
        : decideOnHead(pipeline, match.get().route(), head);
    return new HttpReception(pipeline, head, match.orElse(null), early, bodyTimeout, true);
  }

  private static WebhookResponse decideOnHead(Pipeline pipeline, ReceiverRoute route, RequestHead head) {
    if (!POST.equals(head.method())) {
      return pipeline.methodNotAllowed(route, head.method());
    }
    if (head.contentLength() > route.maxBodyBytes()) {
      return pipeline.payloadTooLarge(route, "a Content-Length of " + head.contentLength() + " bytes");
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
    requireBodyWanted();
    return pipeline.handleAdmitted(route, toWebhookRequest(body));
  }

  @Override
  public WebhookResponse bodyTooLarge() {
    requireBodyWanted();
    return pipeline.payloadTooLarge(route, "the body read so far");
  }

  @Override
  public WebhookResponse bodyTimedOut() {
    requireBodyWanted();
    return pipeline.bodyTimedOut(route, deadline.timeout());
  }

  @Override
  public WebhookResponse bodyUnreadable(Throwable cause) {
    requireBodyWanted();
    return pipeline.unreadableBody(route, cause);
  }

  @Override
  public void answerNotWritten(Throwable cause) {
    pipeline.answerNotWritten(route, cause);
  }

  @Override
  public void close() {
    if (counted && !closed) {
      closed = true;
      pipeline.inFlight().exit();
    }
  }

  private void requireBodyWanted() {
    if (answerWithoutBody != null) {
      throw new IllegalStateException("this request was answered on its head: write answerWithoutBody()");
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
    QueryString.parse(head.rawQuery())
        .forEach((name, values) -> values.forEach(value -> request.queryParam(name, value)));
    return request.build();
  }

  @Override
  public String toString() {
    return "Reception[" + head + "]";
  }
}
