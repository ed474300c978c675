package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Decodes received signatures of any length with the JDK's {@link HexFormat} and {@link Base64},
 * for the verifiers built on {@link HmacSignature} and on Ed25519.
 *
 * <p>As in v0.1, only the one canonical text of the expected number of bytes is accepted:
 * lower-case hex, and padded base64 without stray bits. The JDK's decoders are lenient about
 * both (upper-case digits, missing padding, non-zero unused bits), so the decoded bytes are
 * encoded again and must give back the text received. Otherwise several texts would stand for
 * one signature: that forges nothing, but "any change to the header is refused" would no longer
 * hold, and a malformed signature would fail as a mismatch instead of being named.
 */
final class SignatureText {
  private static final HexFormat HEX = HexFormat.of();

  private SignatureText() {}

  /** A decoder of hex signatures of {@code bytes} bytes, for {@link SignatureList}. */
  static SignatureList.Decoder hex(int bytes) {
    return (header, text, from, to) -> hex(header, text, from, to, bytes);
  }

  /** A decoder of base64 signatures of {@code bytes} bytes, for {@link SignatureList}. */
  static SignatureList.Decoder base64(int bytes) {
    return (header, text, from, to) -> base64(header, text, from, to, bytes);
  }

  /** The {@code bytes} bytes written as lower-case hex in {@code text} from {@code from} to {@code to}. */
  static byte[] hex(String header, String text, int from, int to, int bytes)
      throws RequestVerificationException {
    int digits = 2 * bytes;
    if (to - from != digits) {
      throw malformed(header, (to - from) + " characters where " + digits + " hex digits are expected");
    }
    byte[] decoded;
    try {
      decoded = HEX.parseHex(text, from, to);
    } catch (IllegalArgumentException e) {
      throw malformed(header, "not lower-case hexadecimal");
    }
    if (!text.regionMatches(from, HEX.formatHex(decoded), 0, digits)) {
      throw malformed(header, "not lower-case hexadecimal");
    }
    return decoded;
  }

  /** The {@code bytes} bytes written as padded base64 in {@code text} from {@code from} to {@code to}. */
  static byte[] base64(String header, String text, int from, int to, int bytes)
      throws RequestVerificationException {
    int characters = 4 * ((bytes + 2) / 3);
    if (to - from != characters) {
      throw malformed(header, (to - from) + " characters where " + characters + " base64 characters are expected");
    }
    String received = text.substring(from, to);
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(received);
    } catch (IllegalArgumentException e) {
      throw malformed(header, "not base64");
    }
    if (decoded.length != bytes) {
      throw malformed(header, decoded.length + " bytes where " + bytes + " are expected");
    }
    if (!Base64.getEncoder().encodeToString(decoded).equals(received)) {
      throw malformed(header, "not canonical padded base64");
    }
    return decoded;
  }

  private static RequestVerificationException malformed(String header, String detail) {
    return Rejections.reject(Rejections.malformed(header, detail));
  }
}
