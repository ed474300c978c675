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

  private Encodings() {}

  static byte[] hex(String header, String digits) throws RequestVerificationException {
    if (digits.length() != HEX_DIGITS) {
      throw Rejections.reject(Rejections.malformed(header,
          digits.length() + " characters where " + HEX_DIGITS + " hex digits are expected"));
    }
    if (!digits.chars().allMatch(Encodings::isLowerCaseHexDigit)) {
      throw Rejections.reject(Rejections.malformed(header, "not lower-case hexadecimal"));
    }
    return HexFormat.of().parseHex(digits);
  }

  static byte[] base64(String header, String text) throws RequestVerificationException {
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
    if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
      throw Rejections.reject(Rejections.malformed(header, "not canonical padded base64"));
    }
    return bytes;
  }

  private static boolean isLowerCaseHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
