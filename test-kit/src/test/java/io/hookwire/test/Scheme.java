package io.hookwire.test;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.DiscordSignature;
import io.hookwire.runtime.verify.GitHubSignature;
import io.hookwire.runtime.verify.LinearSignature;
import io.hookwire.runtime.verify.MetaSignature;
import io.hookwire.runtime.verify.SecretToken;
import io.hookwire.runtime.verify.ShopifySignature;
import io.hookwire.runtime.verify.SlackSignature;
import io.hookwire.runtime.verify.SquareSignature;
import io.hookwire.runtime.verify.StandardWebhooks;
import io.hookwire.runtime.verify.StripeSignature;
import io.hookwire.runtime.verify.TwilioSignature;
import io.hookwire.runtime.verify.ZoomSignature;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Each signer beside the runtime's verifier it must satisfy, built with the same secret, and
 * another secret's signer, whose requests that verifier must refuse.
 */
enum Scheme {
  SLACK(Signers.slack("slack signing secret"), Signers.slack("another signing secret"),
      clock -> new SlackSignature("slack signing secret").withClock(clock)::verify, true, true),
  GITHUB(Signers.github("github webhook secret"), Signers.github("another webhook secret"),
      clock -> new GitHubSignature("github webhook secret")::verify, false, true),
  STRIPE(Signers.stripe("whsec_stripe_endpoint_secret"), Signers.stripe("whsec_another_secret"),
      clock -> new StripeSignature("whsec_stripe_endpoint_secret").withClock(clock)::verify, true, true),
  STANDARD_WEBHOOKS(Signers.standardWebhooks(Keys.STANDARD_WEBHOOKS), Signers.standardWebhooks(Keys.OTHER_STANDARD_WEBHOOKS),
      clock -> new StandardWebhooks(Keys.STANDARD_WEBHOOKS).withClock(clock)::verify, true, true),
  TELEGRAM(Signers.telegram("telegram-secret-token"), Signers.telegram("another-token"),
      clock -> SecretToken.telegram("telegram-secret-token")::verify, false, false),
  SECRET_TOKEN(Signers.secretToken("X-Api-Token", "api-token"), Signers.secretToken("X-Api-Token", "another-token"),
      clock -> new SecretToken("X-Api-Token", "api-token")::verify, false, false),
  GITLAB(Signers.gitlab("gitlab-token"), Signers.gitlab("another-token"),
      clock -> SecretToken.gitlab("gitlab-token")::verify, false, false),
  SHOPIFY(Signers.shopify("shopify client secret"), Signers.shopify("another secret"),
      clock -> new ShopifySignature("shopify client secret")::verify, false, true),
  META(Signers.meta("meta app secret"), Signers.meta("another secret"),
      clock -> new MetaSignature("meta app secret")::verify, false, true),
  ZOOM(Signers.zoom("zoom secret token"), Signers.zoom("another token"),
      clock -> new ZoomSignature("zoom secret token").withClock(clock)::verify, true, true),
  // Linear advises a one-minute window; here five, the width these tests give every scheme.
  LINEAR(Signers.linear("linear signing secret"), Signers.linear("another secret"),
      clock -> new LinearSignature("linear signing secret").withClock(clock).withTolerance(Duration.ofMinutes(5))::verify,
      true, true),
  TWILIO(Signers.twilio(Keys.TWILIO_URL, "twilio auth token"), Signers.twilio(Keys.TWILIO_URL, "another token"),
      clock -> new TwilioSignature(Keys.TWILIO_URL, "twilio auth token")::verify, false, true),
  SQUARE(Signers.square(Keys.SQUARE_URL, "square signature key"), Signers.square(Keys.SQUARE_URL, "another key"),
      clock -> new SquareSignature(Keys.SQUARE_URL, "square signature key")::verify, false, true),
  DISCORD(Keys.DISCORD, Signers.discord(),
      clock -> new DiscordSignature(Keys.DISCORD.publicKeyHex()).withClock(clock)::verify, true, true),
  STANDARD_WEBHOOKS_ED25519(Keys.STANDARD_WEBHOOKS_ED25519, Signers.standardWebhooksEd25519(),
      clock -> StandardWebhooks.ed25519(Keys.STANDARD_WEBHOOKS_ED25519.publicKey()).withClock(clock)::verify, true, true);

  /** Anything a test can hand a request to; each verifier's {@code verify} fits. */
  @FunctionalInterface
  interface Check {
    void verify(WebhookRequest request) throws RequestVerificationException;
  }

  /** Keys and URLs too long to read inline; enum constants cannot refer to the enum's own constants. */
  private static final class Keys {
    static final String STANDARD_WEBHOOKS = "whsec_c2lnbmluZyBrZXkgZm9yIHRoZSB0ZXN0IGtpdA==";
    static final String OTHER_STANDARD_WEBHOOKS = "whsec_YW5vdGhlciBrZXk=";
    static final String TWILIO_URL = "https://example.com";
    static final String SQUARE_URL = "https://example.com/square/notifications";
    static final DiscordSigner DISCORD = Signers.discord();
    static final StandardWebhooksEd25519Signer STANDARD_WEBHOOKS_ED25519 = Signers.standardWebhooksEd25519();
  }

  final Signer signer;
  final Signer stranger;
  private final Function<Clock, Check> verifier;
  /** Whether the scheme signs a timestamp, and so has a replay window. */
  final boolean timestamped;
  /** Whether the scheme signs the body; a secret token does not. */
  final boolean signsBody;

  Scheme(Signer signer, Signer stranger, Function<Clock, Check> verifier, boolean timestamped, boolean signsBody) {
    this.signer = signer;
    this.stranger = stranger;
    this.verifier = verifier;
    this.timestamped = timestamped;
    this.signsBody = signsBody;
  }

  /** The verifier reading the time from {@code clock} (ignored by the schemes without a timestamp). */
  Check verifier(Clock clock) {
    return verifier.apply(clock);
  }

  /** The verifier as an application builds it, on the system clock. */
  Check verifier() {
    return verifier(Clock.systemUTC());
  }
}
