package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;

/**
 * A header that lists several labelled values, such as Stripe's {@code t=…,v1=…,v1=…} or
 * Standard Webhooks' {@code v1,… v1,…}. Senders list several signatures while they rotate
 * secrets or schemes, so the order and number of entries is theirs to choose.
 *
 * <p>Entries are kept as positions in the header's text, not as substrings: the values wanted
 * are decoded straight from the text, and the others are never copied.
 */
final class SignatureList {
  /** Turns a received signature, {@code text} from {@code from} to {@code to}, into bytes, or rejects it as malformed. */
  @FunctionalInterface
  interface Decoder {
    byte[] decode(String header, String text, int from, int to) throws RequestVerificationException;
  }

  // Each entry takes three positions in bounds: where its label starts, where the separator is,
  // and where its value ends.
  private static final int LABEL = 0;
  private static final int SEPARATOR = 1;
  private static final int END = 2;
  private static final int BOUNDS_PER_ENTRY = 3;

  private final String header;
  private final String text;
  private final int[] bounds;
  private final int entries;

  private SignatureList(String header, String text, int[] bounds, int entries) {
    this.header = header;
    this.text = text;
    this.bounds = bounds;
    this.entries = entries;
  }

  /**
   * Splits a header into entries at {@code itemSeparator}, and each entry at the first
   * {@code labelSeparator}. Whitespace around entries and empty entries are skipped, as a
   * stray space or trailing separator changes no signature; an entry without a label, without
   * the separator, or with nothing after it makes the whole header malformed.
   */
  static SignatureList parse(String header, String value, char itemSeparator, char labelSeparator)
      throws RequestVerificationException {
    int[] bounds = new int[BOUNDS_PER_ENTRY * (occurrences(value, itemSeparator) + 1)];
    int entries = 0;
    for (int start = 0; start <= value.length(); ) {
      int end = value.indexOf(itemSeparator, start);
      end = end < 0 ? value.length() : end;
      int first = stripStart(value, start, end);
      int last = stripEnd(value, first, end);
      if (first < last) {
        int at = BOUNDS_PER_ENTRY * entries++;
        bounds[at + LABEL] = first;
        bounds[at + SEPARATOR] = separator(header, value, first, last, labelSeparator);
        bounds[at + END] = last;
      }
      start = end + 1;
    }
    return new SignatureList(header, value, bounds, entries);
  }

  /** Where the label ends in the entry {@code value[first, last)}, which must have text on both sides. */
  private static int separator(String header, String value, int first, int last, char labelSeparator)
      throws RequestVerificationException {
    int split = value.indexOf(labelSeparator, first);
    if (split <= first || split >= last - 1) {
      throw Rejections.reject(Rejections.malformed(header,
          "every entry must read label" + labelSeparator + "value"));
    }
    return split;
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
    for (int at = 0; found < count; at += BOUNDS_PER_ENTRY) {
      if (isLabelled(at, scheme)) {
        signatures[found++] = decoder.decode(header, text, bounds[at + SEPARATOR] + 1, bounds[at + END]);
      }
    }
    return signatures;
  }

  /** How many entries are labelled {@code label}. */
  int count(String label) {
    int count = 0;
    for (int at = 0; at < BOUNDS_PER_ENTRY * entries; at += BOUNDS_PER_ENTRY) {
      if (isLabelled(at, label)) {
        count++;
      }
    }
    return count;
  }

  /** The value of the first entry labelled {@code label}, which must exist. */
  String first(String label) {
    int at = 0;
    while (!isLabelled(at, label)) {
      at += BOUNDS_PER_ENTRY;
    }
    return text.substring(bounds[at + SEPARATOR] + 1, bounds[at + END]);
  }

  private boolean isLabelled(int at, String label) {
    int start = bounds[at + LABEL];
    return bounds[at + SEPARATOR] - start == label.length() && text.startsWith(label, start);
  }

  private static int occurrences(String value, char c) {
    int count = 0;
    for (int i = value.indexOf(c); i >= 0; i = value.indexOf(c, i + 1)) {
      count++;
    }
    return count;
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
