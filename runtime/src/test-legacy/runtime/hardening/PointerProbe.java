package io.hookwire.runtime.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.verify.GitHubSignature;

/**
 * A receiver as a user writes it, without annotations because no processor runs here:
 * {@code @Webhook(path = "/probe/events", name = "pointer_probe", typePointer = "/type")}, verified
 * by a GitHub signature. The event type is read from the body, so the body is parsed once into a
 * tree and then bound from it. {@link PointerProbe_WebhookReceiver} is what the processor generates.
 */
public class PointerProbe {
  static final String PATH = "/probe/events";

  private final GitHubSignature signature = new GitHubSignature(Signing.SECRET);
  private final Calls calls;

  PointerProbe(Calls calls) {
    this.calls = calls;
  }

  /** {@code @Verify}. */
  void verify(WebhookRequest request) throws RequestVerificationException {
    calls.recordVerifying();
    signature.verify(request);
    calls.recordVerified();
  }

  /** {@code @OnEvent("order")}. */
  void order(Order order) {
    calls.recordHandled();
  }

  /** {@code @OnEvent("accepted")}: chooses its own answer. */
  WebhookResponse accepted(JsonNode event) {
    calls.recordHandled();
    return WebhookResponse.text(202, "Accepted.");
  }

  /** {@code @OnEvent("fail")}: the only handler allowed to cause a {@code 500}. */
  void fail(JsonNode event) {
    calls.recordFailingOnPurpose();
    throw new IllegalStateException("failing on purpose");
  }

  /** {@code @OnEvent}: the catch-all. */
  void other(JsonNode event) {
    calls.recordHandled();
  }
}
