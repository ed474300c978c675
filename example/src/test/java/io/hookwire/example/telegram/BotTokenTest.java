package io.hookwire.example.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BotTokenTest {
  private final BotToken token = new BotToken("123:secret-part");

  @Test
  void matchesOnlyItself() {
    assertTrue(token.matches("123:secret-part"));
    assertFalse(token.matches("123:secret-par"));
    assertFalse(token.matches("123:secret-partx"));
    assertFalse(token.matches(null));
  }

  @Test
  void isMaskedInTextAndInItsOwnStringForm() {
    assertEquals("https://api.telegram.org/bot123:***/setWebhook",
        token.mask("https://api.telegram.org/bot123:secret-part/setWebhook"));
    assertEquals("123:***", token.toString());
  }
}
