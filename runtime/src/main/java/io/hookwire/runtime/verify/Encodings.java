package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Decodes received signatures into bytes of the length of an HMAC-SHA256, so that they can be
 * compared with the computed MAC in constant time.
 *
 * <p>Only the exact form the providers send is accepted: lower-case hex, and padded base64 with
 * no stray bits, as their own libraries require by comparing the text. Lenient decoding would
 * let several texts stand for one signature, which forges nothing but makes "this header was
 * altered" impossible to state; and anything that is not a MAC at all is reported as malformed
 * instead of failing the comparison quietly.
 */
final class Encodings {
  private static final int HEX_DIGITS = 2 * HmacKey.MAC_BYTES;
  /** 32 bytes in padded base64: 43 digits and one '='. */
  private static final int BASE64_CHARS = 44;
  private static final String BASE64_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Encodings() {}

  static byte[] hex(String header, String digits) throws RequestVerificationException {
    if (digits.length() != HEX_DIGITS) {
      throw Rejections.reject(Rejections.malformed(header,
          digits.length() + " characters where " + HEX_DIGITS + " hex digits are expected"));
    }
    if (!isLowerCaseHex(digits)) {
      throw Rejections.reject(Rejections.malformed(header, "not lower-case hexadecimal"));
    }
    return HexFormat.of().parseHex(digits);
  }

  static byte[] base64(String header, String text) throws RequestVerificationException {
    if (text.length() != BASE64_CHARS) {
      throw Rejections.reject(Rejections.malformed(header,
          text.length() + " characters where " + BASE64_CHARS + " base64 characters are expected"));
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw Rejections.reject(Rejections.malformed(header, "not base64"));
    }
    if (bytes.length != HmacKey.MAC_BYTES) {
      throw Rejections.reject(Rejections.malformed(header,
          bytes.length + " bytes where " + HmacKey.MAC_BYTES + " are expected"));
    }
    if (!hasNoStrayBits(text)) {
      throw Rejections.reject(Rejections.malformed(header, "not canonical padded base64"));
    }
    return bytes;
  }

  private static boolean isLowerCaseHex(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the unused low bits of the last base64 digit are zero, which makes the text the one
   * canonical encoding of its 32 bytes. 32 bytes take 43 digits and one '=': the 43rd digit holds
   * 4 bits of data and 2 unused bits, so its value in the alphabet must be a multiple of 4.
   */
  private static boolean hasNoStrayBits(String text) {
    return BASE64_ALPHABET.indexOf(text.charAt(BASE64_CHARS - 2)) % 4 == 0;
  }
}
