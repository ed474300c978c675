package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Decodes received signatures, hex with the JDK's {@link HexFormat}, for every
 * verifier, so that they can be compared with the computed signature in constant time.
 *
 * <p>Only the one canonical text of the expected number of bytes is accepted: lower-case hex, and
 * padded base64 whose unused bits are zero, as the providers' own libraries require by comparing
 * the text. The JDK's decoders are lenient about both (upper-case digits, missing padding,
 * non-zero unused bits), so the characters are checked here first, in one pass that allocates
 * nothing, and only text already known to be canonical is decoded. Hex is decoded by
 * {@link HexFormat#fromHexDigits(CharSequence, int, int)} straight from the header's text. Base64
 * is decoded here, six bits a digit: {@link Base64.Decoder} reads only bytes, and copying the
 * text into bytes for it doubled what a check allocates (measured by {@code VerifierBenchmark}
 * with {@code -prof gc}); {@code SignatureTextTest} holds this decoding to the JDK's on random
 * and corrupted signatures. Lenient decoding would
 * let several texts stand for one signature: that forges nothing, but "any change to the header is
 * refused" would no longer hold, and a malformed signature would fail as a mismatch instead of
 * being named.
 */
final class SignatureText {
  /** Hex digits {@link HexFormat#fromHexDigits(CharSequence, int, int)} reads into one int. */
  private static final int DIGITS_PER_INT = 8;

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
    return hex(header, text, from, to, new byte[bytes]);
  }

  /**
   * Decodes the lower-case hex in {@code text} from {@code from} to {@code to} into all of
   * {@code decoded}, such as an array the caller reuses; returns it.
   */
  static byte[] hex(String header, String text, int from, int to, byte[] decoded)
      throws RequestVerificationException {
    int bytes = decoded.length;
    int digits = 2 * bytes;
    if (to - from != digits) {
      throw malformed(header, (to - from) + " characters where " + digits + " hex digits are expected");
    }
    if (!isLowerCaseHex(text, from, to)) {
      throw malformed(header, "not lower-case hexadecimal");
    }
    // Eight digits at a time into an int, straight from the header's text: HexFormat#parseHex
    // would first copy the range into a substring.
    int at = 0;
    for (; at + 4 <= bytes; at += 4) {
      int word = HexFormat.fromHexDigits(text, from + 2 * at, from + 2 * at + DIGITS_PER_INT);
      decoded[at] = (byte) (word >>> 24);
      decoded[at + 1] = (byte) (word >>> 16);
      decoded[at + 2] = (byte) (word >>> 8);
      decoded[at + 3] = (byte) word;
    }
    for (; at < bytes; at++) {
      decoded[at] = (byte) HexFormat.fromHexDigits(text, from + 2 * at, from + 2 * at + 2);
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
    int padding = padding(text, to);
    int digits = characters - padding;
    if (!isBase64(text, from, from + digits)) {
      throw malformed(header, "not base64");
    }
    int length = digits * 6 / 8;
    if (length != bytes) {
      throw malformed(header, length + " bytes where " + bytes + " are expected");
    }
    if (hasStrayBits(text, from + digits - 1, padding)) {
      throw malformed(header, "not canonical padded base64");
    }
    return decodeBase64(text, from, digits, bytes);
  }

  /** Decodes digits already checked, 6 bits each, into whole bytes; the unused bits are zero. */
  private static byte[] decodeBase64(String text, int from, int digits, int bytes) {
    byte[] decoded = new byte[bytes];
    int bits = 0;
    int pending = 0;
    int out = 0;
    for (int i = from; i < from + digits; i++) {
      bits = bits << 6 | base64Value(text.charAt(i));
      pending += 6;
      if (pending >= 8) {
        pending -= 8;
        decoded[out++] = (byte) (bits >> pending);
      }
    }
    return decoded;
  }

  /** The value of a character already known to be in the base64 alphabet. */
  private static int base64Value(char c) {
    if (c >= 'a') {
      return c - 'a' + 26;
    }
    if (c >= 'A') {
      return c - 'A';
    }
    if (c >= '0') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : 63;
  }

  private static boolean isLowerCaseHex(String text, int from, int to) {
    boolean hex = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      hex &= c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
    return hex;
  }

  private static boolean isBase64(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  /** How many '=' end the text: two, one or none. */
  private static int padding(String text, int to) {
    if (text.charAt(to - 1) != '=') {
      return 0;
    }
    return text.charAt(to - 2) == '=' ? 2 : 1;
  }

  /**
   * Whether the unused low bits of the last digit are set, which makes the text one of several
   * that the JDK decodes to the same bytes. Two '=' leave 4 unused bits in the last digit, one '='
   * leaves 2, none leaves none.
   */
  private static boolean hasStrayBits(String text, int last, int padding) {
    int unusedBits = 2 * padding;
    return (base64Value(text.charAt(last)) & ((1 << unusedBits) - 1)) != 0;
  }

  private static RequestVerificationException malformed(String header, String detail) {
    return Rejections.reject(Rejections.malformed(header, detail));
  }
}
