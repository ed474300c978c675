package io.hookwire.example.telegram;

/**
 * A Bot API call that failed: Telegram could not be reached, or answered with an error. The
 * message is safe to log: the bot token in it, if any, is masked.
 */
public final class BotApiException extends Exception {
  private static final long serialVersionUID = 1L;

  BotApiException(String message) {
    super(message);
  }
}
