package io.hookwire.runtime.verify;

import java.nio.charset.StandardCharsets;

/**
 * The text a provider signs before the body (a timestamp, an id, a version), written straight
 * into one array: on every delivery it goes through no intermediate string.
 */
final class SignedPrefix {
  private SignedPrefix() {}

  /**
   * The ASCII {@code timestamp} followed by {@code end}: the text signed before the body when
   * it starts with the timestamp.
   */
  static byte[] of(String timestamp, char end) {
    byte[] bytes = new byte[timestamp.length() + 1];
    bytes[putAscii(timestamp, bytes, 0)] = (byte) end;
    return bytes;
  }

  /**
   * {@code lead}, {@code separator}, the ASCII {@code timestamp} and {@code end} in UTF-8: the
   * text signed before the body when something precedes the timestamp. The lead may be any text.
   */
  static byte[] of(String lead, char separator, String timestamp, char end) {
    if (!isAscii(lead)) {
      return (lead + separator + timestamp + end).getBytes(StandardCharsets.UTF_8);
    }
    byte[] bytes = new byte[lead.length() + timestamp.length() + 2];
    int at = putAscii(lead, bytes, 0);
    bytes[at] = (byte) separator;
    at = putAscii(timestamp, bytes, at + 1);
    bytes[at] = (byte) end;
    return bytes;
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Writes ASCII {@code text} into {@code bytes} at {@code at}; returns the position after it. */
  private static int putAscii(String text, byte[] bytes, int at) {
    for (int i = 0; i < text.length(); i++) {
      bytes[at + i] = (byte) text.charAt(i);
    }
    return at + text.length();
  }
}
