package io.hookwire.example;

import io.hookwire.example.discord.Ed25519Seeds;
import io.hookwire.runtime.verify.DiscordSignature;
import io.hookwire.test.Signers;
import java.util.Objects;
import java.util.Optional;

/**
 * How the example checks Discord's interactions.
 *
 * @param publicKey the application's public key, 64 hex digits ({@code DISCORD_PUBLIC_KEY}), or
 *     in the demo the public half of {@link DemoValues#DISCORD_SIGNING_KEY}
 * @param signingKey the Ed25519 seed {@code send discord} signs with: the demo's, or
 *     {@code DISCORD_SIGNING_KEY} for a key pair of one's own; empty for a real application,
 *     whose private key only Discord holds
 */
public record DiscordSettings(Setting publicKey, Optional<String> signingKey) {

  /** Checks that every part is present. */
  public DiscordSettings {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(signingKey, "signingKey");
  }

  /**
   * A real application's public key when one is given; else the public key of
   * {@code signingKey} when that is given (a key pair of one's own); else the demo's key pair.
   *
   * @throws IllegalArgumentException naming the variable, when a key is malformed
   */
  static DiscordSettings of(Optional<String> publicKey, Optional<String> signingKey) {
    signingKey.ifPresent(DiscordSettings::publicKeyOf);
    if (publicKey.isPresent()) {
      try {
        new DiscordSignature(publicKey.get());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("DISCORD_PUBLIC_KEY must be the 64 hex digits of the application's public key");
      }
      return new DiscordSettings(Setting.configured(publicKey.get()), signingKey);
    }
    String seed = signingKey.orElse(DemoValues.DISCORD_SIGNING_KEY);
    return new DiscordSettings(new Setting(publicKeyOf(seed), signingKey.isEmpty()), Optional.of(seed));
  }

  /** The public key, in Discord's hex, of the key pair with this seed. */
  static String publicKeyOf(String seedHex) {
    try {
      return Signers.discord(Ed25519Seeds.keyPair(seedHex)).publicKeyHex();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("DISCORD_SIGNING_KEY must be an Ed25519 seed of 64 hex digits");
    }
  }
}
