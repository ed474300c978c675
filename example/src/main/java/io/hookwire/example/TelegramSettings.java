package io.hookwire.example;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the example talks with Telegram.
 *
 * @param botToken the bot's token, from BotFather: a secret, which also appears in the webhook's path
 * @param secretToken what Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param apiUrl the Bot API's base URL; empty in the demo, which starts a stand-in on loopback
 * @param demo whether the bot token is the published demo value
 */
public record TelegramSettings(Setting botToken, Setting secretToken, Optional<String> apiUrl, boolean demo) {
  private static final byte[] SECRET_TOKEN_LABEL = "hookwire telegram secret token".getBytes(StandardCharsets.UTF_8);
  /** Telegram's own Bot API. */
  public static final String TELEGRAM_API_URL = "https://api.telegram.org";

  /** Checks that every part is present. */
  public TelegramSettings {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(secretToken, "secretToken");
    Objects.requireNonNull(apiUrl, "apiUrl");
  }

  /** The demo: published token and secret, and a stand-in Bot API unless {@code apiUrl} is given. */
  public static TelegramSettings demo(Optional<String> apiUrl) {
    return new TelegramSettings(
        Setting.demo(DemoValues.TELEGRAM_BOT_TOKEN), Setting.demo(DemoValues.TELEGRAM_SECRET_TOKEN), apiUrl, true);
  }

  /**
   * A real bot. Without a secret token one is derived from the bot token, so that it stays the
   * same from one start to the next: Telegram keeps the secret given to the last
   * {@code setWebhook}, and the example only calls it again when the webhook's URL changed.
   */
  public static TelegramSettings of(String botToken, Optional<String> secretToken, Optional<String> apiUrl) {
    Setting secret = Setting.configured(secretToken.orElseGet(() -> deriveSecretToken(botToken)));
    return new TelegramSettings(Setting.configured(botToken), secret, Optional.of(apiUrl.orElse(TELEGRAM_API_URL)), false);
  }

  /** HMAC-SHA256 of a fixed label under the bot token, in hex: characters Telegram allows. */
  static String deriveSecretToken(String botToken) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(botToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(SECRET_TOKEN_LABEL));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
