package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;

/**
 * A header that lists several labelled values, such as Stripe's {@code t=…,v1=…,v1=…} or
 * Standard Webhooks' {@code v1,… v1,…}. Senders list several signatures while they rotate
 * secrets or schemes, so the order and number of entries is theirs to choose.
 *
 * <p>The header's text is checked once and then read in place: entries are found again by
 * scanning when asked for (a header holds a handful), the values wanted are decoded straight from
 * the text, and nothing is copied or stored on the way.
 */
final class SignatureList {
  /** Turns a received signature, {@code text} from {@code from} to {@code to}, into bytes, or rejects it as malformed. */
  @FunctionalInterface
  interface Decoder {
    byte[] decode(String header, String text, int from, int to) throws RequestVerificationException;
  }

  private final String header;
  private final String text;
  private final char itemSeparator;
  private final char labelSeparator;

  private SignatureList(String header, String text, char itemSeparator, char labelSeparator) {
    this.header = header;
    this.text = text;
    this.itemSeparator = itemSeparator;
    this.labelSeparator = labelSeparator;
  }

  /**
   * Splits a header into entries at {@code itemSeparator}, and each entry at the first
   * {@code labelSeparator}. Whitespace around entries and empty entries are skipped, as a
   * stray space or trailing separator changes no signature; an entry without a label, without
   * the separator, or with nothing after it makes the whole header malformed.
   */
  static SignatureList parse(String header, String value, char itemSeparator, char labelSeparator)
      throws RequestVerificationException {
    SignatureList list = new SignatureList(header, value, itemSeparator, labelSeparator);
    for (int first = list.nextEntry(0); first >= 0; first = list.nextEntry(list.entryEnd(first) + 1)) {
      int last = stripEnd(value, first, list.entryEnd(first));
      int split = value.indexOf(labelSeparator, first);
      if (split <= first || split >= last - 1) {
        throw Rejections.reject(Rejections.malformed(header,
            "every entry must read label" + labelSeparator + "value"));
      }
    }
    return list;
  }

  /** The header's text, which the positions given by this list index. */
  String text() {
    return text;
  }

  /**
   * The signatures labelled {@code scheme}, decoded, in order. Any one malformed makes the header
   * malformed, even if another would match: a sender that writes garbage is not trusted with the
   * rest. No signature of the scheme at all is a rejection too, as nothing could be checked.
   */
  byte[][] signatures(String scheme, Decoder decoder) throws RequestVerificationException {
    int count = count(scheme);
    if (count == 0) {
      throw Rejections.reject(Rejections.noSignature(header, scheme));
    }
    byte[][] signatures = new byte[count][];
    int found = 0;
    for (int start = valueStart(scheme, 0); start >= 0; start = valueStart(scheme, entryEnd(start) + 1)) {
      signatures[found++] = decoder.decode(header, text, start, valueEnd(start));
    }
    return signatures;
  }

  /** How many entries are labelled {@code label}. */
  int count(String label) {
    int count = 0;
    for (int start = valueStart(label, 0); start >= 0; start = valueStart(label, entryEnd(start) + 1)) {
      count++;
    }
    return count;
  }

  /** Where the value of the first entry labelled {@code label} starts, or -1 if there is none. */
  int valueStart(String label) {
    return valueStart(label, 0);
  }

  /** Where the value that starts at {@code valueStart} ends, without trailing whitespace. */
  int valueEnd(int valueStart) {
    return stripEnd(text, valueStart, entryEnd(valueStart));
  }

  /** Where the value of the first entry labelled {@code label} at or after {@code from} starts, or -1. */
  private int valueStart(String label, int from) {
    for (int first = nextEntry(from); first >= 0; first = nextEntry(entryEnd(first) + 1)) {
      int split = text.indexOf(labelSeparator, first);
      if (split - first == label.length() && text.startsWith(label, first)) {
        return split + 1;
      }
    }
    return -1;
  }

  /** Where the first non-empty entry at or after {@code from} starts, past whitespace, or -1. */
  private int nextEntry(int from) {
    for (int start = from; start <= text.length(); start = entryEnd(start) + 1) {
      int end = entryEnd(start);
      int first = stripStart(text, start, end);
      if (first < end) {
        return first;
      }
    }
    return -1;
  }

  /** Where the entry containing {@code at} ends: at the next item separator, or the end of the text. */
  private int entryEnd(int at) {
    int end = text.indexOf(itemSeparator, at);
    return end < 0 ? text.length() : end;
  }

  // Where String.strip() would cut; no supplementary code point is whitespace, so chars will do.
  private static int stripStart(String value, int from, int to) {
    while (from < to && Character.isWhitespace(value.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int stripEnd(String value, int from, int to) {
    while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
