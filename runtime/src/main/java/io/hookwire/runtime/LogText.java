package io.hookwire.runtime;

/**
 * Makes text a sender controls safe to put in a log line. A delivery id, a method or a path may
 * hold line breaks ({@code CR}, {@code LF}, {@code U+0085}, {@code U+2028}) that would forge log
 * lines of their own, or other control characters that upset terminals: each is written as a
 * Java escape of four hex digits ({@code \\u000a} for LF), and backslashes are doubled so that
 * an escape cannot be forged either. Overlong text is cut, so one request cannot write megabytes
 * into the log.
 */
final class LogText {
  /** The most characters of one value that reach the log. */
  static final int MAX_LENGTH = 300;

  private LogText() {}

  /** {@code text} with every control character escaped, cut after {@link #MAX_LENGTH} characters. */
  static String escape(String text) {
    if (text == null) {
      return "null";
    }
    if (isPlain(text)) {
      return text;
    }
    int shown = Math.min(text.length(), MAX_LENGTH);
    StringBuilder escaped = new StringBuilder(shown + 16);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        escaped.append("\\\\");
      } else if (needsEscape(c)) {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return shown < text.length() ? escaped.append("…(").append(text.length()).append(" chars)").toString()
        : escaped.toString();
  }

  private static boolean isPlain(String text) {
    if (text.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || needsEscape(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }
}
