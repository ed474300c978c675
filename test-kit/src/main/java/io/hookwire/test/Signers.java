package io.hookwire.test;

import io.hookwire.runtime.verify.SecretToken;
import java.security.KeyPair;

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

  /** For {@code SecretToken.gitlab}: the webhook's secret token in {@value SecretToken#GITLAB_HEADER}. */
  public static SecretTokenSigner gitlab(String secretToken) {
    return new SecretTokenSigner(SecretToken.GITLAB_HEADER, secretToken);
  }

  /** For {@code ShopifySignature}, with the app's client secret. */
  public static BodySigner shopify(String secret) {
    return BodySigner.shopify(secret);
  }

  /** For {@code MetaSignature}, with the app secret. */
  public static BodySigner meta(String appSecret) {
    return BodySigner.meta(appSecret);
  }

  /** For {@code ZoomSignature}, with the app's secret token. */
  public static ZoomSigner zoom(String secretToken) {
    return new ZoomSigner(secretToken);
  }

  /** For {@code LinearSignature}, with the webhook's signing secret. */
  public static LinearSigner linear(String secret) {
    return new LinearSigner(secret);
  }

  /**
   * For {@code TwilioSignature}, with the public base URL the verifier is built with and the
   * account's auth token.
   */
  public static TwilioSigner twilio(String publicBaseUrl, String authToken) {
    return new TwilioSigner(publicBaseUrl, authToken);
  }

  /** For {@code SquareSignature}, with the subscription's notification URL and signature key. */
  public static SquareSigner square(String notificationUrl, String signatureKey) {
    return new SquareSigner(notificationUrl, signatureKey);
  }

  /** For {@code DiscordSignature}, with a new key pair: build the verifier with {@link DiscordSigner#publicKeyHex()}. */
  public static DiscordSigner discord() {
    return new DiscordSigner(Ed25519Key.generate());
  }

  /**
   * For {@code DiscordSignature}, with this Ed25519 key pair.
   *
   * @throws IllegalArgumentException if the pair is not an Ed25519 one
   */
  public static DiscordSigner discord(KeyPair keyPair) {
    return new DiscordSigner(new Ed25519Key(keyPair));
  }

  /**
   * For {@code StandardWebhooks.ed25519} (version {@code v1a}), with a new key pair: build the
   * verifier with {@link StandardWebhooksEd25519Signer#publicKey()}.
   */
  public static StandardWebhooksEd25519Signer standardWebhooksEd25519() {
    return new StandardWebhooksEd25519Signer(Ed25519Key.generate());
  }

  /**
   * For {@code StandardWebhooks.ed25519} (version {@code v1a}), with this Ed25519 key pair.
   *
   * @throws IllegalArgumentException if the pair is not an Ed25519 one
   */
  public static StandardWebhooksEd25519Signer standardWebhooksEd25519(KeyPair keyPair) {
    return new StandardWebhooksEd25519Signer(new Ed25519Key(keyPair));
  }
}
