package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Verifies the signature of Discord's interactions and webhook events: {@code X-Signature-Ed25519}
 * is the hex Ed25519 signature, by the application's key, of {@code X-Signature-Timestamp}
 * followed by the raw body. The timestamp (Unix seconds) must also lie within five minutes of
 * now: Discord does not require that, but it signs the timestamp so that receivers can refuse a
 * replay, and its own deliveries are sent at once.
 *
 * <p>Declare {@code @Webhook(rejectStatus = 401)}: Discord expects {@code 401} for a bad
 * signature, and tests an endpoint with forged requests before accepting it.
 *
 * <p>Immutable and thread-safe; build it once, with the public key, and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { discord.verify(request); }
 * }</pre>
 */
public final class DiscordSignature {
  static final String SIGNATURE = "X-Signature-Ed25519";
  static final String TIMESTAMP = "X-Signature-Timestamp";

  private final Ed25519Keys keys;
  private final TimestampWindow window;

  /**
   * A verifier for the application's public key; while moving to a new application, also pass
   * the keys still in use.
   *
   * @param publicKeyHex the application's public key, 64 hex digits, from its General Information
   *     page
   * @param previousKeysHex older public keys that are still accepted, if any
   * @throws NullPointerException if a key is {@code null}
   * @throws IllegalArgumentException if a key is empty, blank, not hex, or not an Ed25519 public
   *     key of 32 bytes
   */
  public DiscordSignature(String publicKeyHex, String... previousKeysHex) {
    this(Ed25519Keys.of("public key", decode(Secrets.all("public key", publicKeyHex, previousKeysHex))),
        TimestampWindow.DEFAULT);
  }

  private DiscordSignature(Ed25519Keys keys, TimestampWindow window) {
    this.keys = keys;
    this.window = window;
  }

  private static List<byte[]> decode(List<String> keys) {
    List<byte[]> raw = new ArrayList<>(keys.size());
    for (String key : keys) {
      try {
        raw.add(HexFormat.of().parseHex(key.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a Discord public key is written in hexadecimal");
      }
    }
    return raw;
  }

  /** A verifier like this one that reads the time from {@code clock}; for tests. */
  public DiscordSignature withClock(Clock clock) {
    return new DiscordSignature(keys, window.withClock(clock));
  }

  /** A verifier like this one that accepts timestamps up to {@code tolerance} from now (default five minutes). */
  public DiscordSignature withTolerance(Duration tolerance) {
    return new DiscordSignature(keys, window.withTolerance(tolerance));
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if a header is missing, empty, duplicated or malformed,
   *     the timestamp is outside the window, or the signature is not valid under any key
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    String timestamp = RequestHeaders.single(request, TIMESTAMP);
    String value = RequestHeaders.single(request, SIGNATURE);
    byte[] signature = SignatureText.hex(SIGNATURE, value, 0, value.length(), Ed25519Keys.SIGNATURE_BYTES);
    window.check(TIMESTAMP, timestamp);
    SignedPrefix prefix = SignedPrefix.start().text(timestamp);
    keys.requireMatch(SIGNATURE, new byte[][] {signature}, prefix, request.bodyBytes());
  }

  @Override
  public String toString() {
    return "DiscordSignature[" + keys + ", " + window + "]";
  }
}
