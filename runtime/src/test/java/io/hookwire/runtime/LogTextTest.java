package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text a sender controls, such as a delivery id or a path, must not be able to write log lines of
 * its own, upset a terminal or flood the log.
 */
class LogTextTest {

  @Test
  void plainTextIsLeftAsItIs() {
    assertEquals("/slack/events POST évènement", LogText.escape("/slack/events POST évènement"));
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"000d", "000a", "0085", "2028", "2029", "0000", "0009", "001b", "007f", "009f"})
  void lineBreaksAndControlCharactersAreWrittenAsEscapes(String hex) {
    String text = "id-1" + (char) Integer.parseInt(hex, 16) + "INFO forged line";

    String escaped = LogText.escape(text);

    assertEquals("id-1\\u" + hex + "INFO forged line", escaped);
    assertTrue(escaped.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029),
        escaped);
  }

  @Test
  void aCrLfPairBecomesTwoEscapesOnOneLine() {
    assertEquals("a\\u000d\\u000ab", LogText.escape("a\r\nb"));
  }

  @Test
  void backslashesAreDoubledSoThatAnEscapeCannotBeForged() {
    // A sender who writes a backslash, a u and four hex digits must not look like one who sent a line break.
    String forged = LogText.escape("a\\u000ab");
    String real = LogText.escape("a\nb");

    assertEquals("a\\\\u000ab", forged);
    assertFalse(forged.equals(real));
  }

  @Test
  void aBackslashAloneIsDoubledToo() {
    assertEquals("C:\\\\temp", LogText.escape("C:\\temp"));
  }

  @Test
  void textOfTheLongestLengthIsKeptWhole() {
    String longest = "x".repeat(LogText.MAX_LENGTH);

    assertEquals(longest, LogText.escape(longest));
  }

  @Test
  void longerTextIsCutAndSaysHowLongItWas() {
    String text = "y".repeat(LogText.MAX_LENGTH + 1);

    assertEquals("y".repeat(LogText.MAX_LENGTH) + "…(" + (LogText.MAX_LENGTH + 1) + " chars)", LogText.escape(text));
  }

  @Test
  void aMegabyteOfLineBreaksReachesTheLogCut() {
    String escaped = LogText.escape("\n".repeat(1_000_000));

    assertEquals("\\u000a".repeat(LogText.MAX_LENGTH) + "…(1000000 chars)", escaped);
  }

  @ParameterizedTest
  @CsvSource({"299, true", "300, false"})
  void aLineBreakPastTheCutIsDroppedWithTheRest(int index, boolean shown) {
    String text = "z".repeat(index) + "\n" + "z".repeat(10);

    String escaped = LogText.escape(text);

    assertFalse(escaped.contains("\n"));
    assertEquals(shown, escaped.contains("\\u000a"), escaped);
  }

  @Test
  void nullIsWrittenAsNull() {
    assertEquals("null", LogText.escape(null));
  }
}
