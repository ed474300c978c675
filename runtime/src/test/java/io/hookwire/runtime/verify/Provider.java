package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.concat;
import static io.hookwire.runtime.verify.TestSigning.ed25519;
import static io.hookwire.runtime.verify.TestSigning.ed25519KeyPair;
import static io.hookwire.runtime.verify.TestSigning.hmac;
import static io.hookwire.runtime.verify.TestSigning.hmacSha256;
import static io.hookwire.runtime.verify.TestSigning.rawPublicKey;
import static io.hookwire.runtime.verify.TestSigning.sha256Hex;
import static io.hookwire.runtime.verify.TestSigning.utf8;

import io.hookwire.runtime.WebhookRequest;
import java.security.KeyPair;
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
      return "v1," + base64(hmacSha256(utf8(SECRET), concat(utf8("msg_1." + timestamp + "."), body)));
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
    boolean timestamped() {
      return false;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return "sha256=" + hex(utf8(SECRET), new byte[0], body);
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("X-Hub-Signature-256", signature);
    }
  },
  SHOPIFY {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new ShopifySignature(SECRET)::verify;
    }

    @Override
    boolean timestamped() {
      return false;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return base64(hmacSha256(utf8(SECRET), body));
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("X-Shopify-Hmac-Sha256", signature);
    }
  },
  META {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new MetaSignature(SECRET)::verify;
    }

    @Override
    boolean timestamped() {
      return false;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return "sha256=" + hex(utf8(SECRET), new byte[0], body);
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("X-Hub-Signature-256", signature);
    }
  },
  SQUARE {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new SquareSignature(SQUARE_URL, SECRET)::verify;
    }

    @Override
    boolean timestamped() {
      return false;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return base64(hmacSha256(utf8(SECRET), concat(utf8(SQUARE_URL), body)));
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("x-square-hmacsha256-signature", signature);
    }
  },
  /** Twilio with a JSON body: the body is covered by the bodySHA256 query parameter of the signed URL. */
  TWILIO {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new TwilioSignature(TWILIO_BASE, SECRET)::verify;
    }

    @Override
    boolean timestamped() {
      return false;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      String url = TWILIO_BASE + TWILIO_PATH + "?bodySHA256=" + sha256Hex(body);
      return base64(hmac("HmacSHA1", utf8(SECRET), utf8(url)));
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("X-Twilio-Signature", signature);
    }

    @Override
    WebhookRequest.Builder target(WebhookRequest.Builder request, byte[] body) {
      return request.path(TWILIO_PATH).query("bodySHA256=" + sha256Hex(body)).header("Content-Type", "application/json");
    }
  },
  ZOOM {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new ZoomSignature(SECRET).withClock(clock).withTolerance(tolerance)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return "v0=" + hex(utf8(SECRET), utf8("v0:" + timestamp + ":"), body);
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("x-zm-request-timestamp", timestamp).header("x-zm-signature", signature);
    }
  },
  /** Linear: the timestamp, in milliseconds, is a field of the signed body, which wraps the test's bytes. */
  LINEAR {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      return new LinearSignature(SECRET).withClock(clock).withTolerance(tolerance)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return hex(utf8(SECRET), new byte[0], sent(timestamp, body));
    }

    @Override
    byte[] sent(String timestamp, byte[] body) {
      return utf8("{\"data\":\"" + base64(body) + "\",\"webhookTimestamp\":" + timestamp + "000}");
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("Linear-Signature", signature);
    }
  },
  DISCORD {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      String publicKey = HexFormat.of().formatHex(rawPublicKey(DISCORD_KEYS));
      return new DiscordSignature(publicKey).withClock(clock).withTolerance(tolerance)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return HexFormat.of().formatHex(ed25519(DISCORD_KEYS, concat(utf8(timestamp), body)));
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return request.header("X-Signature-Timestamp", timestamp).header("X-Signature-Ed25519", signature);
    }
  },
  STANDARD_WEBHOOKS_ED25519 {
    @Override
    TestSigning.Check verifier(Clock clock, Duration tolerance) {
      String publicKey = "whpk_" + base64(rawPublicKey(STANDARD_WEBHOOKS_KEYS));
      return StandardWebhooks.ed25519(publicKey).withClock(clock).withTolerance(tolerance)::verify;
    }

    @Override
    String sign(String timestamp, byte[] body) {
      return "v1a," + base64(ed25519(STANDARD_WEBHOOKS_KEYS, concat(utf8("msg_1." + timestamp + "."), body)));
    }

    @Override
    WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature) {
      return STANDARD_WEBHOOKS.headers(request, timestamp, signature);
    }
  };

  static final String SECRET = "a shared secret for tests only";
  static final String STRIPE_SECRET = "whsec_" + SECRET.replace(' ', '_');
  static final String SQUARE_URL = "https://example.com/square/notifications";
  static final String TWILIO_BASE = "https://example.com";
  static final String TWILIO_PATH = "/twilio/status";
  // Generated once per run: Ed25519 tests need a private key, which no provider publishes.
  static final KeyPair DISCORD_KEYS = ed25519KeyPair();
  static final KeyPair STANDARD_WEBHOOKS_KEYS = ed25519KeyPair();

  /** A verifier of this scheme for the test secret, on that clock with that tolerance. */
  abstract TestSigning.Check verifier(Clock clock, Duration tolerance);

  /** The signature a sender would write for the body at that Unix time. */
  abstract String sign(String timestamp, byte[] body);

  abstract WebhookRequest.Builder headers(WebhookRequest.Builder request, String timestamp, String signature);

  /** Whether the scheme signs a timestamp. */
  boolean timestamped() {
    return true;
  }

  /** The body sent for the test's bytes: themselves, unless the scheme puts more in the body. */
  byte[] sent(String timestamp, byte[] body) {
    return body;
  }

  /** Where the request goes, for schemes that sign the URL. */
  WebhookRequest.Builder target(WebhookRequest.Builder request, byte[] body) {
    return request;
  }

  /** A request with these parts as they are, whether they belong together or not. */
  WebhookRequest request(String timestamp, String signature, byte[] body) {
    WebhookRequest.Builder request = target(WebhookRequest.builder().body(sent(timestamp, body)), body);
    return headers(request, timestamp, signature).build();
  }

  /** A request signed as the provider would sign it. */
  WebhookRequest signed(String timestamp, byte[] body) {
    return request(timestamp, sign(timestamp, body), body);
  }

  private static String hex(byte[] key, byte[] prefix, byte[] body) {
    return HexFormat.of().formatHex(hmacSha256(key, concat(prefix, body)));
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
