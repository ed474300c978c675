package io.hookwire.test;

import java.time.Instant;
import java.util.Map;

/**
 * Signs as Zoom does, for {@code ZoomSignature}: {@code x-zm-request-timestamp} is the Unix time,
 * and {@code x-zm-signature} is {@code v0=} followed by the hex HMAC-SHA256, keyed with the app's
 * secret token, of {@code v0:{timestamp}:{body}}.
 *
 * <pre>{@code
 * ZoomSigner zoom = Signers.zoom("the app's secret token");
 * WebhookRequest started = zoom.request("/zoom", "{\"event\":\"meeting.started\"}");
 * }</pre>
 */
public final class ZoomSigner extends Signer {
  private static final V0Scheme SCHEME = new V0Scheme("x-zm-request-timestamp", "x-zm-signature");

  private final Hmac hmac;
  private final SigningTime time;

  ZoomSigner(String secretToken) {
    this(Hmac.utf8Key(Secrets.requireText("secret token", secretToken)), SigningTime.NOW);
  }

  private ZoomSigner(Hmac hmac, SigningTime time) {
    this.hmac = hmac;
    this.time = time;
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return SCHEME.headers(hmac, time, body);
  }

  @Override
  public ZoomSigner at(Instant instant) {
    return new ZoomSigner(hmac, SigningTime.at(instant));
  }

  @Override
  public String toString() {
    return "ZoomSigner[" + time + "]";
  }
}
