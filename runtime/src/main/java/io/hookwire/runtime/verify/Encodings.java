package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Decodes received signatures into bytes of the length of an HMAC-SHA256, so that they can be
 * compared with the computed MAC in constant time. Comparing decoded bytes rather than encoded
 * text also makes upper- and lower-case hex equal, and refuses, as malformed, anything that is
 * not a MAC at all instead of letting it fail the comparison quietly.
 */
final class Encodings {
  private static final int HEX_DIGITS = 2 * HmacKey.MAC_BYTES;

  private Encodings() {}

  static byte[] hex(String header, String digits) throws RequestVerificationException {
    if (digits.length() != HEX_DIGITS) {
      throw Rejections.reject(Rejections.malformed(header,
          digits.length() + " characters where " + HEX_DIGITS + " hex digits are expected"));
    }
    try {
      return HexFormat.of().parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw Rejections.reject(Rejections.malformed(header, "not hexadecimal"));
    }
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
    return bytes;
  }
}
