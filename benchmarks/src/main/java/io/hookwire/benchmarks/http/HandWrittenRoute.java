package io.hookwire.benchmarks.http;

import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.benchmarks.fixture.HandWrittenSlackEndpoint;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import spark.Request;
import spark.Service;

/**
 * The baseline of figure 2: a Spark route written by hand. It reads the body with Spark, hands
 * the signature check only the headers it needs (no copy of the others), then does the hand-written
 * endpoint's work.
 */
final class HandWrittenRoute {
  private static final String RETRY_HEADER = "X-Slack-Retry-Num";

  private HandWrittenRoute() {}

  static void mount(Service http, HandWrittenSlackEndpoint endpoint) {
    http.post(SlackDelivery.PATH, (request, response) -> {
      WebhookResponse answer = endpoint.handle(toRequest(request));
      response.status(answer.status());
      response.type(answer.contentType());
      return answer.body();
    });
  }

  private static WebhookRequest toRequest(Request request) {
    WebhookRequest.Builder builder = WebhookRequest.builder().path(SlackDelivery.PATH).body(request.bodyAsBytes());
    copyHeader(request, builder, SlackDelivery.TIMESTAMP_HEADER);
    copyHeader(request, builder, SlackDelivery.SIGNATURE_HEADER);
    copyHeader(request, builder, RETRY_HEADER);
    return builder.build();
  }

  private static void copyHeader(Request request, WebhookRequest.Builder builder, String name) {
    String value = request.headers(name);
    if (value != null) {
      builder.header(name, value);
    }
  }
}
