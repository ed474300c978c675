package io.hookwire.it.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.OnEvent;
import io.hookwire.PathParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;

/**
 * A probe for hostile input whose event type comes from a header, so typed events are bound
 * straight from the bytes and raw handlers never parse. Verified by a GitHub signature and a
 * required path parameter; it records every call in its {@link ProbeCalls}.
 */
@Webhook(path = HeaderProbe.PATH, name = "header_probe", typeHeader = HeaderProbe.EVENT_HEADER)
public class HeaderProbe {
  /** Its path, with the tenant as a parameter. */
  public static final String PATH = "/probe/{tenant}/hooks";
  /** The header that names the event type. */
  public static final String EVENT_HEADER = "X-Event";

  private final GitHubSignature signature = new GitHubSignature(ProbeSigning.SECRET);
  private final ProbeCalls calls;

  public HeaderProbe(ProbeCalls calls) {
    this.calls = calls;
  }

  /** Its path for {@code tenant}, which is put in as it is, not encoded. */
  public static String path(String tenant) {
    return "/probe/" + tenant + "/hooks";
  }

  @Verify
  boolean verify(@PathParam("tenant") String tenant, WebhookRequest request) throws RequestVerificationException {
    calls.recordVerifying();
    signature.verify(request);
    calls.recordVerified();
    return !tenant.isEmpty();
  }

  @OnEvent("order")
  void order(ProbeOrder order) {
    calls.recordHandled();
  }

  /** The body as text, never parsed. */
  @OnEvent("raw")
  String raw(String body) {
    calls.recordHandled();
    return "raw";
  }

  /** The only handler allowed to cause a {@code 500}. */
  @OnEvent("fail")
  void fail(String body) {
    calls.recordFailingOnPurpose();
    throw new IllegalStateException("failing on purpose");
  }

  @OnEvent
  void other(JsonNode event) {
    calls.recordHandled();
  }
}
