package io.hookwire.runtime.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;

/**
 * A receiver as a user writes it, without annotations because no processor runs here:
 * {@code @Webhook(path = "/probe/{tenant}/hooks", name = "header_probe", typeHeader = "X-Event")},
 * verified by a GitHub signature and a required path parameter. The event type comes from a
 * header, so typed events are bound straight from the bytes and raw handlers never parse.
 * {@link HeaderProbe_WebhookReceiver} is what the processor generates.
 */
public class HeaderProbe {
  static final String PATH_PREFIX = "/probe/";
  static final String PATH_SUFFIX = "/hooks";
  static final String EVENT_HEADER = "X-Event";

  private final GitHubSignature signature = new GitHubSignature(Signing.SECRET);
  private final Calls calls;

  HeaderProbe(Calls calls) {
    this.calls = calls;
  }

  /** {@code @Verify}, with {@code @PathParam("tenant") String tenant}. */
  boolean verify(String tenant, WebhookRequest request) throws RequestVerificationException {
    calls.recordVerifying();
    signature.verify(request);
    calls.recordVerified();
    return !tenant.isEmpty();
  }

  /** {@code @OnEvent("order")}: bound from the bytes. */
  void order(Order order) {
    calls.recordHandled();
  }

  /** {@code @OnEvent("raw")}: the body as text, never parsed. */
  String raw(String body) {
    calls.recordHandled();
    return "raw";
  }

  /** {@code @OnEvent("fail")}: the only handler allowed to cause a {@code 500}. */
  void fail(String body) {
    calls.recordFailingOnPurpose();
    throw new IllegalStateException("failing on purpose");
  }

  /** {@code @OnEvent}: the catch-all. */
  void other(JsonNode event) {
    calls.recordHandled();
  }
}
