package io.hookwire.test;

import io.hookwire.runtime.verify.SecretToken;

/**
 * A signer for each of Hookwire's verifiers, each its exact inverse: a request a signer makes is
 * accepted by the verifier built with the same secret, and by no other.
 *
 * <pre>{@code
 * import io.hookwire.runtime.Hookwire;
 * import io.hookwire.runtime.WebhookResponse;
 * import io.hookwire.test.Signers;
 *
 * Hookwire hookwire = Hookwire.builder().only(GitHubReceiver.class)
 *     .instance(new GitHubReceiver("the webhook secret")).build();
 * WebhookResponse response = hookwire.handle(
 *     Signers.github("the webhook secret").request("/github", "{\"zen\":\"Keep it simple.\"}"));
 * }</pre>
 *
 * <p>The secrets are checked as the verifiers check them, so that a mistake fails when the
 * signer is made: each factory throws {@link NullPointerException} for a {@code null} argument
 * and {@link IllegalArgumentException} for an empty or blank one, or one of the wrong shape.
 */
public final class Signers {
  private Signers() {}

  /** For {@code SlackSignature}, with the app's signing secret. */
  public static SlackSigner slack(String signingSecret) {
    return new SlackSigner(signingSecret);
  }

  /** For {@code GitHubSignature}, with the webhook's secret. */
  public static GitHubSigner github(String secret) {
    return new GitHubSigner(secret);
  }

  /** For {@code StripeSignature}, with the endpoint's signing secret, {@code whsec_…}. */
  public static StripeSigner stripe(String endpointSecret) {
    return new StripeSigner(endpointSecret);
  }

  /** For {@code StandardWebhooks}, with the endpoint's secret, {@code whsec_} and base64 (the prefix optional). */
  public static StandardWebhooksSigner standardWebhooks(String secret) {
    return new StandardWebhooksSigner(secret);
  }

  /** For {@code SecretToken.telegram}: the bot's secret token in {@value SecretToken#TELEGRAM_HEADER}. */
  public static SecretTokenSigner telegram(String secretToken) {
    return new SecretTokenSigner(SecretToken.TELEGRAM_HEADER, secretToken);
  }

  /** For a {@code SecretToken} on any header: {@code token} as it is in {@code header}. */
  public static SecretTokenSigner secretToken(String header, String token) {
    return new SecretTokenSigner(header, token);
  }
}
