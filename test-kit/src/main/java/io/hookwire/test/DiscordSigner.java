package io.hookwire.test;

import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs as Discord does, for {@code DiscordSignature}: {@code X-Signature-Timestamp} is the Unix
 * time, and {@code X-Signature-Ed25519} the hex Ed25519 signature of the timestamp followed by the
 * body, by the application's private key. Discord keeps that key, so tests make their own pair
 * and build the verifier with {@link #publicKeyHex()}:
 *
 * <pre>{@code
 * DiscordSigner discord = Signers.discord();
 * DiscordSignature verifier = new DiscordSignature(discord.publicKeyHex());
 * WebhookRequest ping = discord.request("/discord", "{\"type\":1}");
 * }</pre>
 */
public final class DiscordSigner extends Signer {
  private final Ed25519Key key;
  private final SigningTime time;

  DiscordSigner(Ed25519Key key) {
    this(key, SigningTime.NOW);
  }

  private DiscordSigner(Ed25519Key key, SigningTime time) {
    this.key = key;
    this.time = time;
  }

  /** The public key as Discord shows it on the application's page: 64 lower-case hex digits. */
  public String publicKeyHex() {
    return HexFormat.of().formatHex(key.rawPublicKey());
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    String timestamp = time.epochSeconds();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Signature-Ed25519", HexFormat.of().formatHex(key.sign(Hmac.utf8(timestamp), body)));
    headers.put("X-Signature-Timestamp", timestamp);
    return Collections.unmodifiableMap(headers);
  }

  @Override
  public DiscordSigner at(Instant instant) {
    return new DiscordSigner(key, SigningTime.at(instant));
  }

  @Override
  public String toString() {
    return "DiscordSigner[" + time + "]";
  }
}
