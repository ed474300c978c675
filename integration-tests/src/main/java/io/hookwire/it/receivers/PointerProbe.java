package io.hookwire.it.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.verify.GitHubSignature;

/**
 * A probe for hostile input whose event type and delivery id are read from the body, so the body
 * is parsed once into a tree and then bound from it. Verified by a GitHub signature; it records
 * every call in its {@link ProbeCalls}.
 */
@Webhook(path = PointerProbe.PATH, name = "pointer_probe", typePointer = "/type", deliveryIdPointer = "/delivery")
public class PointerProbe {
  /** Its path. */
  public static final String PATH = "/probe/events";

  private final GitHubSignature signature = new GitHubSignature(ProbeSigning.SECRET);
  private final ProbeCalls calls;

  public PointerProbe(ProbeCalls calls) {
    this.calls = calls;
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    calls.recordVerifying();
    signature.verify(request);
    calls.recordVerified();
  }

  @OnEvent("order")
  void order(ProbeOrder order) {
    calls.recordHandled();
  }

  /** Chooses its own answer. */
  @OnEvent("accepted")
  WebhookResponse accepted(JsonNode event) {
    calls.recordHandled();
    return WebhookResponse.text(202, "Accepted.");
  }

  /** The only handler allowed to cause a {@code 500}. */
  @OnEvent("fail")
  void fail(JsonNode event) {
    calls.recordFailingOnPurpose();
    throw new IllegalStateException("failing on purpose");
  }

  @OnEvent
  void other(JsonNode event) {
    calls.recordHandled();
  }
}
