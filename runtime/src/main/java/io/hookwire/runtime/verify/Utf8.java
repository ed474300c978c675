package io.hookwire.runtime.verify;

/** Checks UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing past U+10FFFF. */
final class Utf8 {
  private Utf8() {}

  /**
   * Where the multi-byte sequence whose lead byte is at {@code at} ends, or -1 if it is not
   * well-formed (Table 3-7 of the Unicode standard).
   */
  static int sequenceEnd(byte[] bytes, int at) {
    int lead = bytes[at] & 0xff;
    if (lead >= 0xc2 && lead <= 0xdf) {
      return continuations(bytes, at + 1, 1, 0x80, 0xbf);
    }
    if (lead >= 0xe0 && lead <= 0xef) {
      // E0 needs A0 or more after it (else overlong); ED at most 9F (else a surrogate).
      int low = lead == 0xe0 ? 0xa0 : 0x80;
      int high = lead == 0xed ? 0x9f : 0xbf;
      return continuations(bytes, at + 1, 2, low, high);
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
      // F0 needs 90 or more (else overlong); F4 at most 8F (else past U+10FFFF).
      int low = lead == 0xf0 ? 0x90 : 0x80;
      int high = lead == 0xf4 ? 0x8f : 0xbf;
      return continuations(bytes, at + 1, 3, low, high);
    }
    return -1;
  }

  /** Checks {@code count} continuation bytes from {@code at}, the first within [low, high]. */
  private static int continuations(byte[] bytes, int at, int count, int low, int high) {
    if (at + count > bytes.length) {
      return -1;
    }
    int first = bytes[at] & 0xff;
    if (first < low || first > high) {
      return -1;
    }
    for (int i = 1; i < count; i++) {
      if ((bytes[at + i] & 0xc0) != 0x80) {
        return -1;
      }
    }
    return at + count;
  }
}
