package io.hookwire.test;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;
import io.hookwire.runtime.verify.SecretToken;
import io.hookwire.runtime.verify.SlackSignature;
import io.hookwire.runtime.verify.StandardWebhooks;
import io.hookwire.runtime.verify.StripeSignature;
import java.time.Clock;
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
  SECRET_TOKEN(Signers.secretToken("X-Gitlab-Token", "gitlab-token"), Signers.secretToken("X-Gitlab-Token", "another-token"),
      clock -> new SecretToken("X-Gitlab-Token", "gitlab-token")::verify, false, false);

  /** Anything a test can hand a request to; each verifier's {@code verify} fits. */
  @FunctionalInterface
  interface Check {
    void verify(WebhookRequest request) throws RequestVerificationException;
  }

  /** Standard Webhooks secrets are base64 keys, so they get a class of their own to stay readable. */
  private static final class Keys {
    static final String STANDARD_WEBHOOKS = "whsec_c2lnbmluZyBrZXkgZm9yIHRoZSB0ZXN0IGtpdA==";
    static final String OTHER_STANDARD_WEBHOOKS = "whsec_YW5vdGhlciBrZXk=";
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
