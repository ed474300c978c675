package io.hookwire.example;

/**
 * The secrets the example runs on when none is configured. They are published here, in the
 * source, so they protect nothing: they only let a newcomer see every source work, signatures
 * and all, without an account anywhere. Logging them is harmless, and the example does, so that
 * nobody mistakes a demo for a protected deployment.
 */
public final class DemoValues {
  /** Stands in for {@code SLACK_SIGNING_SECRET}. */
  public static final String SLACK_SIGNING_SECRET = "demo-slack-signing-secret";
  /** Stands in for {@code GITHUB_WEBHOOK_SECRET}. */
  public static final String GITHUB_WEBHOOK_SECRET = "demo-github-webhook-secret";
  /** Stands in for {@code TELEGRAM_BOT_TOKEN}; shaped like a real one, {@code <bot id>:<secret>}. */
  public static final String TELEGRAM_BOT_TOKEN = "123456789:demo-telegram-bot-token";
  /** Stands in for {@code TELEGRAM_SECRET_TOKEN}. */
  public static final String TELEGRAM_SECRET_TOKEN = "demo-telegram-secret-token";
  /**
   * The demo's Discord application key, as the 32-byte Ed25519 seed in hex: the example verifies
   * with its public key (standing in for {@code DISCORD_PUBLIC_KEY}) and {@code send discord}
   * signs with it, as Discord signs with its own private key.
   */
  public static final String DISCORD_SIGNING_KEY = "6469e2cdf51e13d42ec0da26fa1e251a666469915c551f0b5570a229f1274768";

  private DemoValues() {}
}
