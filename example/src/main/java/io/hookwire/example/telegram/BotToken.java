package io.hookwire.example.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * A bot's token, {@code <bot id>:<secret>}. It authenticates every Bot API call and, as in
 * wagtail-live, is part of the webhook's path: so it is compared in constant time, and masked
 * wherever it might be written down.
 */
public final class BotToken {
  private static final String MASK = "***";

  private final String value;

  /** The token as BotFather gave it. */
  public BotToken(String value) {
    this.value = Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("the bot token is empty");
    }
  }

  /** The token itself: for URLs only, never for a log. */
  String value() {
    return value;
  }

  /**
   * Whether {@code candidate} is this token, in time that does not depend on where they differ.
   * Both are hashed first: {@link MessageDigest#isEqual} returns early when lengths differ, and
   * digests always have the same length.
   */
  public boolean matches(String candidate) {
    return candidate != null && MessageDigest.isEqual(sha256(candidate), sha256(value));
  }

  /** {@code text} with the token replaced by {@code <bot id>:***}, so it can be logged. */
  public String mask(String text) {
    if (text == null) {
      return null;
    }
    int colon = value.indexOf(':');
    return text.replace(value, (colon > 0 ? value.substring(0, colon + 1) : "") + MASK);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return mask(value);
  }
}
