package io.hookwire.it.core.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SecretToken;

/**
 * A receiver that answers a failed verification with {@code 401}, as Discord's interactions
 * endpoint expects. A shared token stands in for Discord's Ed25519 signature: the status does not
 * depend on how the request is verified.
 */
@Webhook(path = "/interactions", name = "interactions", rejectStatus = 401)
public class Interactions {
  /** The header the token travels in. */
  public static final String TOKEN_HEADER = "X-Token";
  /** The token a genuine request carries. */
  public static final String TOKEN = "genuine-token";

  private final SecretToken token = new SecretToken(TOKEN_HEADER, TOKEN);

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    token.verify(request);
  }

  @OnEvent
  String handle(String body) {
    return "handled";
  }
}
