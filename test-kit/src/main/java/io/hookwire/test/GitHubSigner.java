package io.hookwire.test;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * Signs as GitHub does, for {@code GitHubSignature}: {@code X-Hub-Signature-256} is
 * {@code sha256=} followed by the hex HMAC-SHA256, keyed with the webhook's secret, of the body.
 * GitHub signs no timestamp, so {@link #at(Instant)} changes nothing. (The legacy SHA-1
 * {@code X-Hub-Signature} is left out: the verifier never reads it.)
 *
 * <pre>{@code
 * GitHubSigner github = Signers.github("the webhook secret");
 * WebhookResponse response = hookwire.handle(github.request("/github", "{\"zen\":\"Keep it simple.\"}"));
 * }</pre>
 */
public final class GitHubSigner extends Signer {
  private final Hmac hmac;

  GitHubSigner(String secret) {
    this.hmac = Hmac.utf8Key(Secrets.requireText("webhook secret", secret));
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return Map.of("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(hmac.sign(body)));
  }

  /** This signer: GitHub's signature does not depend on the time. */
  @Override
  public GitHubSigner at(Instant instant) {
    SigningTime.at(instant); // checked all the same, so that every signer refuses the same instants
    return this;
  }

  @Override
  public String toString() {
    return "GitHubSigner";
  }
}
