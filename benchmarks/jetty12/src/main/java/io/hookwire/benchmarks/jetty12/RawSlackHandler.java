package io.hookwire.benchmarks.jetty12;

import io.hookwire.benchmarks.fixture.HandWrittenSlackEndpoint;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The baseline of the Jetty 12 comparisons: the Slack endpoint as a Jetty 12 handler written by
 * hand, as a competent engineer would without a framework. It reads the body asynchronously with
 * a cap, hands the signature check only the headers it needs, does the hand-written endpoint's
 * work (verify, bind, call the receiver) and answers.
 */
final class RawSlackHandler extends Handler.Abstract {
  private static final int MAX_BODY_BYTES = 1_048_576;
  private static final String RETRY_HEADER = "X-Slack-Retry-Num";

  private final HandWrittenSlackEndpoint endpoint;

  RawSlackHandler(HandWrittenSlackEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!"POST".equals(request.getMethod()) || !SlackDelivery.PATH.equals(Request.getPathInContext(request))) {
      return false;
    }
    Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES).whenComplete((body, failure) -> {
      if (failure != null) {
        Response.writeError(request, response, callback, 400);
        return;
      }
      answer(response, endpoint.handle(toRequest(request, body)), callback);
    });
    return true;
  }

  private static WebhookRequest toRequest(Request request, byte[] body) {
    WebhookRequest.Builder builder = WebhookRequest.builder().path(SlackDelivery.PATH).body(body);
    copyHeader(request, builder, SlackDelivery.TIMESTAMP_HEADER);
    copyHeader(request, builder, SlackDelivery.SIGNATURE_HEADER);
    copyHeader(request, builder, RETRY_HEADER);
    return builder.build();
  }

  private static void copyHeader(Request request, WebhookRequest.Builder builder, String name) {
    String value = request.getHeaders().get(name);
    if (value != null) {
      builder.header(name, value);
    }
  }

  private static void answer(Response response, WebhookResponse answer, Callback callback) {
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    Content.Sink.write(response, true, answer.body(), callback);
  }
}
