package io.hookwire.it.core.receivers;

import io.hookwire.Handshake;
import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.PathParam;
import io.hookwire.QueryParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.util.Optional;

/**
 * A handshake that takes every kind of parameter a {@code @Handshake} may take, and answers as
 * its {@code say} query parameter asks: with a {@code WebhookResponse} of its own, with
 * {@code null}, or by throwing. Its {@code @Verify} refuses everything, so a handshake answered
 * shows that it did not run.
 */
@Webhook(path = "/challenges/{tenant}", name = "challenges")
public class Challenges {

  /** Refuses every delivery, so that a test sees whether it ran. */
  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    throw new RequestVerificationException("every delivery is refused here");
  }

  @Handshake
  WebhookResponse answer(@PathParam("tenant") String tenant, @QueryParam("say") Optional<String> say,
      @Header("X-Probe") Optional<String> probe, WebhookRequest request) {
    return switch (say.orElse("")) {
      case "fail" -> throw new IllegalStateException("the handshake failed on purpose");
      case "null" -> null;
      case "teapot" -> WebhookResponse.text(418, "I'm a teapot.");
      default -> WebhookResponse.text(200,
          tenant + " " + say.orElse("-") + " " + probe.orElse("-") + " " + request.method());
    };
  }

  @OnEvent
  void any(String body) {}
}
