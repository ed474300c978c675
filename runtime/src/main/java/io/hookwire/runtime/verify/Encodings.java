package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes received signatures into bytes of the length of an HMAC-SHA256, so that they can be
 * compared with the computed MAC in constant time; and encodes the text signed before the body.
 *
 * <p>Only the exact form the providers send is accepted: lower-case hex, and padded base64 with
 * no stray bits, as their own libraries require by comparing the text. Lenient decoding would
 * let several texts stand for one signature, which forges nothing but makes "this header was
 * altered" impossible to state; and anything that is not a MAC at all is reported as malformed
 * instead of failing the comparison quietly.
 *
 * <p>Signatures are decoded from their place in the header's text, and signed text is written
 * straight into its array: on every delivery, neither goes through an intermediate string.
 */
final class Encodings {
  private static final int HEX_DIGITS = 2 * HmacKey.MAC_BYTES;
  /** 32 bytes in padded base64: 43 digits and one '='. */
  private static final int BASE64_CHARS = 44;
  private static final String BASE64_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  // The value of each ASCII character as a digit, or -1. A table, not comparisons: received
  // signatures are random, so branches on the kind of each digit would be mispredicted half the time.
  private static final byte[] HEX_VALUES = digitValues("0123456789abcdef");
  private static final byte[] BASE64_VALUES = digitValues(BASE64_ALPHABET);

  private Encodings() {}

  /** The 32 bytes written as lower-case hex in {@code text} from {@code from} to {@code to}. */
  static byte[] hex(String header, String text, int from, int to) throws RequestVerificationException {
    if (to - from != HEX_DIGITS) {
      throw Rejections.reject(Rejections.malformed(header,
          (to - from) + " characters where " + HEX_DIGITS + " hex digits are expected"));
    }
    byte[] bytes = new byte[HmacKey.MAC_BYTES];
    for (int i = 0; i < bytes.length; i++) {
      int high = digitValue(HEX_VALUES, text.charAt(from + 2 * i));
      int low = digitValue(HEX_VALUES, text.charAt(from + 2 * i + 1));
      if ((high | low) < 0) {
        throw Rejections.reject(Rejections.malformed(header, "not lower-case hexadecimal"));
      }
      bytes[i] = (byte) (high << 4 | low);
    }
    return bytes;
  }

  /**
   * The 32 bytes written as padded base64 in {@code text} from {@code from} to {@code to}. The
   * checks, and the order they fail in, are those of decoding with {@link java.util.Base64}'s
   * basic decoder and checking the length: '=' may only end the text, once or twice.
   */
  static byte[] base64(String header, String text, int from, int to) throws RequestVerificationException {
    if (to - from != BASE64_CHARS) {
      throw Rejections.reject(Rejections.malformed(header,
          (to - from) + " characters where " + BASE64_CHARS + " base64 characters are expected"));
    }
    int digits = BASE64_CHARS - padding(text, to);
    for (int i = from; i < from + digits; i++) {
      if (digitValue(BASE64_VALUES, text.charAt(i)) < 0) {
        throw Rejections.reject(Rejections.malformed(header, "not base64"));
      }
    }
    int length = digits * 6 / 8;
    if (length != HmacKey.MAC_BYTES) {
      throw Rejections.reject(Rejections.malformed(header,
          length + " bytes where " + HmacKey.MAC_BYTES + " are expected"));
    }
    if (!hasNoStrayBits(text, from)) {
      throw Rejections.reject(Rejections.malformed(header, "not canonical padded base64"));
    }
    return decodeBase64(text, from, digits);
  }

  /**
   * The ASCII {@code timestamp} followed by {@code end}: the text signed before the body when
   * it starts with the timestamp.
   */
  static byte[] signedPrefix(String timestamp, char end) {
    byte[] bytes = new byte[timestamp.length() + 1];
    bytes[putAscii(timestamp, bytes, 0)] = (byte) end;
    return bytes;
  }

  /**
   * {@code lead}, {@code separator}, the ASCII {@code timestamp} and {@code end} in UTF-8: the
   * text signed before the body when something precedes the timestamp. The lead may be any text.
   */
  static byte[] signedPrefix(String lead, char separator, String timestamp, char end) {
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

  /** How many '=' end the text: two, one or none. */
  private static int padding(String text, int to) {
    if (text.charAt(to - 1) != '=') {
      return 0;
    }
    return text.charAt(to - 2) == '=' ? 2 : 1;
  }

  /**
   * Whether the unused low bits of the last base64 digit are zero, which makes the text the one
   * canonical encoding of its 32 bytes. 32 bytes take 43 digits and one '=': the 43rd digit holds
   * 4 bits of data and 2 unused bits, so its value in the alphabet must be a multiple of 4.
   */
  private static boolean hasNoStrayBits(String text, int from) {
    return digitValue(BASE64_VALUES, text.charAt(from + BASE64_CHARS - 2)) % 4 == 0;
  }

  /** Decodes digits already checked, 6 bits each, into whole bytes; leftover bits are dropped. */
  private static byte[] decodeBase64(String text, int from, int digits) {
    byte[] bytes = new byte[HmacKey.MAC_BYTES];
    int bits = 0;
    int pending = 0;
    int out = 0;
    for (int i = from; i < from + digits; i++) {
      bits = bits << 6 | digitValue(BASE64_VALUES, text.charAt(i));
      pending += 6;
      if (pending >= 8) {
        pending -= 8;
        bytes[out++] = (byte) (bits >> pending);
      }
    }
    return bytes;
  }

  private static int digitValue(byte[] values, char c) {
    return c < values.length ? values[c] : -1;
  }

  private static byte[] digitValues(String alphabet) {
    byte[] values = new byte[128];
    Arrays.fill(values, (byte) -1);
    for (int i = 0; i < alphabet.length(); i++) {
      values[alphabet.charAt(i)] = (byte) i;
    }
    return values;
  }

  private static boolean isAscii(String text) {
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
