package io.hookwire.example.discord;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;

/**
 * Ed25519 key pairs written as their 32-byte seed in hex, the form in which the demo publishes
 * its Discord key and {@code DISCORD_SIGNING_KEY} takes one. An Ed25519 private key is its seed:
 * the JDK's generator turns the 32 bytes it draws into the pair, so handing it the seed as its
 * "random" bytes rebuilds the same pair.
 */
public final class Ed25519Seeds {
  private static final int SEED_BYTES = 32;

  private Ed25519Seeds() {}

  /**
   * The key pair of {@code seedHex}.
   *
   * @throws IllegalArgumentException if it is not 64 hex digits
   */
  public static KeyPair keyPair(String seedHex) {
    byte[] seed;
    try {
      seed = HexFormat.of().parseHex(seedHex.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("an Ed25519 seed is 64 hex digits");
    }
    if (seed.length != SEED_BYTES) {
      throw new IllegalArgumentException("an Ed25519 seed is 64 hex digits, not " + seed.length * 2);
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is missing from this JVM", e);
    }
  }

  /** Hands out the seed as its only "random" bytes. */
  private static final class SeedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    SeedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("the Ed25519 generator asked for " + bytes.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
