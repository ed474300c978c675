package io.hookwire.benchmarks.pipeline;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hookwire.benchmarks.fixture.BenchSlackReceiver;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.verify.SlackSignature;
import java.io.IOException;

/**
 * Baseline (b): the Slack delivery handled as a competent engineer would write it without any
 * framework. Verify with {@link SlackSignature}, parse one tree, switch on its {@code type}, bind
 * the event from the tree with a reader made once, call the handler. It answers with the runtime's
 * {@link WebhookResponse} constants only so the benchmarks can compare answers; building them
 * costs nothing per call.
 */
public final class HandWrittenSlackEndpoint {
  private static final WebhookResponse FORBIDDEN = WebhookResponse.text(403, "Request verification failed.");
  private static final WebhookResponse BAD_REQUEST = WebhookResponse.text(400, "Bad request.");

  private final BenchSlackReceiver receiver;
  private final SlackSignature signature;
  private final ObjectMapper mapper;
  private final ObjectReader eventReader;
  private final ObjectReader challengeReader;

  /** An endpoint that calls {@code receiver} and checks signatures with {@code signature}. */
  public HandWrittenSlackEndpoint(BenchSlackReceiver receiver, SlackSignature signature) {
    this.receiver = receiver;
    this.signature = signature;
    this.mapper = mapper();
    this.eventReader = mapper.readerFor(BenchSlackReceiver.EventCallback.class);
    this.challengeReader = mapper.readerFor(BenchSlackReceiver.UrlVerification.class);
  }

  /**
   * The configuration of Hookwire's default mapper, written out as an application would: ignore
   * unknown properties, refuse trailing tokens, bound nesting depth. Written here rather than
   * borrowed from the runtime, so the baseline owes nothing to the framework.
   */
  static ObjectMapper mapper() {
    JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build());
    return mapper;
  }

  /** Verifies, parses, binds and dispatches {@code request}. */
  public WebhookResponse handle(WebhookRequest request) {
    try {
      signature.verify(request);
    } catch (RequestVerificationException e) {
      return FORBIDDEN;
    }
    try {
      JsonNode tree = mapper.readTree(request.bodyBytes());
      switch (tree.path("type").asText()) {
        case "event_callback":
          receiver.message(eventReader.readValue(tree), request.header("X-Slack-Retry-Num"));
          return WebhookResponse.ok();
        case "url_verification":
          return WebhookResponse.text(200, receiver.challenge(challengeReader.readValue(tree)));
        default:
          return WebhookResponse.ok();
      }
    } catch (IOException e) {
      return BAD_REQUEST;
    }
  }
}
