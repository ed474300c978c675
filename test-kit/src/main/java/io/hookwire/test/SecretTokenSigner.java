package io.hookwire.test;

import java.time.Instant;
import java.util.Map;

/**
 * Sends a shared secret as it is in one header, for {@code SecretToken}: Telegram's
 * {@code X-Telegram-Bot-Api-Secret-Token}, or any header named. Nothing is signed, so the body
 * and the time change nothing.
 *
 * <pre>{@code
 * SecretTokenSigner telegram = Signers.telegram("the bot's secret_token");
 * WebhookRequest update = telegram.request("/telegram", "{\"update_id\":1}");
 * }</pre>
 */
public final class SecretTokenSigner extends Signer {
  private final String header;
  private final String token;

  SecretTokenSigner(String header, String token) {
    this.header = Secrets.requireText("header name", header);
    this.token = Secrets.requireText("secret token", token);
    // HTTP drops whitespace around a header's value, so such a token could never arrive as given.
    if (!token.equals(token.strip())) {
      throw new IllegalArgumentException("secret token must not start or end with whitespace: HTTP drops it from headers");
    }
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return Map.of(header, token);
  }

  /** This signer: a secret token does not depend on the time. */
  @Override
  public SecretTokenSigner at(Instant instant) {
    SigningTime.at(instant); // checked all the same, so that every signer refuses the same instants
    return this;
  }

  @Override
  public String toString() {
    return "SecretTokenSigner[" + header + "]";
  }
}
