package io.hookwire.test;

import java.time.Instant;
import java.util.Map;

/**
 * Signs as Slack does, for {@code SlackSignature}: {@code X-Slack-Request-Timestamp} is the Unix
 * time, and {@code X-Slack-Signature} is {@code v0=} followed by the hex HMAC-SHA256, keyed with
 * the signing secret, of {@code v0:{timestamp}:{body}}.
 *
 * <pre>{@code
 * SlackSigner slack = Signers.slack("the app's signing secret");
 * WebhookRequest fresh = slack.request("/slack/events", "{\"type\":\"event_callback\"}");
 * WebhookRequest stale = slack.at(Instant.now().minusSeconds(600)).request("/slack/events", "{}");
 * }</pre>
 */
public final class SlackSigner extends Signer {
  private static final V0Scheme SCHEME = new V0Scheme("X-Slack-Request-Timestamp", "X-Slack-Signature");

  private final Hmac hmac;
  private final SigningTime time;

  SlackSigner(String signingSecret) {
    this(Hmac.utf8Key(Secrets.requireText("signing secret", signingSecret)), SigningTime.NOW);
  }

  private SlackSigner(Hmac hmac, SigningTime time) {
    this.hmac = hmac;
    this.time = time;
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return SCHEME.headers(hmac, time, body);
  }

  @Override
  public SlackSigner at(Instant instant) {
    return new SlackSigner(hmac, SigningTime.at(instant));
  }

  @Override
  public String toString() {
    // Never the secret: signers end up in test names and assertion messages.
    return "SlackSigner[" + time + "]";
  }
}
