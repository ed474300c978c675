package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.hmacSha256;
import static io.hookwire.runtime.verify.TestSigning.utf8;

import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Each signature scheme as a sender applies it, written from the providers' descriptions with
 * plain {@code javax.crypto}, so that tests can sign any body at any time and then alter the
 * timestamp, the signature or the body separately.
 */
enum Provider {
  SLACK {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new SlackSignature(SECRET).withClock(clock).withTolerance(tolerance)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return "v0=" + hex(utf8(SECRET), utf8("v0:" + timestamp + ":"), body);
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature);
    }
  },
  STRIPE {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new StripeSignature(STRIPE_SECRET).withClock(clock).withTolerance(tolerance)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return "v1=" + hex(utf8(STRIPE_SECRET), utf8(timestamp + "."), body);
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("Stripe-Signature", "t=" + timestamp + "," + signature);
    }
  },
  STANDARD_WEBHOOKS {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      String secret = "whsec_" + Base64.getEncoder().encodeToString(utf8(SECRET));
      return new StandardWebhooks(secret).withClock(clock).withTolerance(tolerance)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      byte[] mac = hmacSha256(utf8(SECRET), concat(utf8("msg_1." + timestamp + "."), body));
      return "v1," + Base64.getEncoder().encodeToString(mac);
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("webhook-id", "msg_1").header("webhook-timestamp", timestamp)
          .header("webhook-signature", signature);
    }
  },
  GITHUB {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new GitHubSignature(SECRET)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return "sha256=" + hex(utf8(SECRET), new byte[0], body);
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("X-Hub-Signature-256", signature);
    }
  };

  static final String SECRET = "a shared secret for tests only";
  static final String STRIPE_SECRET = "whsec_" + SECRET.replace(' ', '_');

  /** A verifier of this scheme for the test secret, on that clock with that tolerance. */
  abstract TestSigning.Check verifier(Clock clock, Duration tolerance);

  /** The signature a sender would write for the body at that Unix time. */
  abstract String sign(String timestamp, byte[] body);

  abstract WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature);

  boolean timestamped() {
    return this != GITHUB;
  }

  /** A request with these parts as they are, whether they belong together or not. */
  WebhookRequest request(String timestamp, String signature, byte[] body) {
    return headers(WebhookRequest.builder().body(body), timestamp, signature).build();
  }

  /** A request signed as the provider would sign it. */
  WebhookRequest signed(String timestamp, byte[] body) {
    return request(timestamp, sign(timestamp, body), body);
  }

  private static String hex(byte[] key, byte[] prefix, byte[] body) {
    return HexFormat.of().formatHex(hmacSha256(key, concat(prefix, body)));
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
