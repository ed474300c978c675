package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;

/**
 * The format of a header that lists several labelled values, such as Stripe's
 * {@code t=…,v1=…,v1=…} or Standard Webhooks' {@code v1,… v1,…}. Senders list several signatures
 * while they rotate secrets or schemes, so the order and number of entries is theirs to choose.
 *
 * <p>A format is made once per verifier and shared. A header's text is {@linkplain #check checked}
 * once and then read in place: entries are found again by scanning when asked for (a header holds
 * a handful), the values wanted are decoded straight from the text, and nothing is copied or
 * stored on the way.
 */
final class SignatureList {
  /** Turns a received signature, {@code text} from {@code from} to {@code to}, into bytes, or rejects it as malformed. */
  @FunctionalInterface
  interface Decoder {
    byte[] decode(String header, String text, int from, int to) throws RequestVerificationException;
  }

  /** How many signatures a thread keeps an array of references for, rather than making one. */
  private static final int REUSED_COUNTS = 4;
  // lists[n] holds n references: the array of decoded signatures handed to the check.
  private static final ThreadLocal<byte[][][]> LISTS = ThreadLocal.withInitial(SignatureList::newLists);

  private final String header;
  private final char itemSeparator;
  private final char labelSeparator;

  /**
   * The format of {@code header}, whose entries are separated by {@code itemSeparator} and split
   * into label and value at their first {@code labelSeparator}.
   */
  SignatureList(String header, char itemSeparator, char labelSeparator) {
    this.header = header;
    this.itemSeparator = itemSeparator;
    this.labelSeparator = labelSeparator;
  }

  /**
   * Checks that every entry of {@code text} reads label, separator, value. Whitespace around
   * entries and empty entries are skipped, as a stray space or trailing separator changes no
   * signature; an entry without a label, without the separator, or with nothing after it makes
   * the whole header malformed.
   *
   * @return {@code text}, for the other methods
   */
  String check(String text) throws RequestVerificationException {
    for (int first = nextEntry(text, 0); first >= 0; first = nextEntry(text, entryEnd(text, first) + 1)) {
      int last = stripEnd(text, first, entryEnd(text, first));
      int split = text.indexOf(labelSeparator, first);
      if (split <= first || split >= last - 1) {
        throw Rejections.reject(Rejections.malformed(header,
            "every entry must read label" + labelSeparator + "value"));
      }
    }
    return text;
  }

  /**
   * The signatures labelled {@code scheme} in checked {@code text}, decoded, in order. Any one
   * malformed makes the header malformed, even if another would match: a sender that writes
   * garbage is not trusted with the rest. No signature of the scheme at all is a rejection too,
   * as nothing could be checked. The array of them is this thread's: valid until its next call.
   */
  byte[][] signatures(String text, String scheme, Decoder decoder) throws RequestVerificationException {
    int count = count(text, scheme);
    if (count == 0) {
      throw Rejections.reject(Rejections.noSignature(header, scheme));
    }
    byte[][] signatures = count <= REUSED_COUNTS ? LISTS.get()[count] : new byte[count][];
    int found = 0;
    for (int start = valueStart(text, scheme, 0); start >= 0;
        start = valueStart(text, scheme, entryEnd(text, start) + 1)) {
      signatures[found++] = decoder.decode(header, text, start, valueEnd(text, start));
    }
    return signatures;
  }

  /** How many entries of checked {@code text} are labelled {@code label}. */
  int count(String text, String label) {
    int count = 0;
    for (int start = valueStart(text, label, 0); start >= 0;
        start = valueStart(text, label, entryEnd(text, start) + 1)) {
      count++;
    }
    return count;
  }

  /** Where the value of the first entry of checked {@code text} labelled {@code label} starts, or -1. */
  int valueStart(String text, String label) {
    return valueStart(text, label, 0);
  }

  /** Where the value that starts at {@code valueStart} ends, without trailing whitespace. */
  int valueEnd(String text, int valueStart) {
    return stripEnd(text, valueStart, entryEnd(text, valueStart));
  }

  /** Where the value of the first entry labelled {@code label} at or after {@code from} starts, or -1. */
  private int valueStart(String text, String label, int from) {
    for (int first = nextEntry(text, from); first >= 0; first = nextEntry(text, entryEnd(text, first) + 1)) {
      int split = text.indexOf(labelSeparator, first);
      if (split - first == label.length() && text.startsWith(label, first)) {
        return split + 1;
      }
    }
    return -1;
  }

  /** Where the first non-empty entry at or after {@code from} starts, past whitespace, or -1. */
  private int nextEntry(String text, int from) {
    for (int start = from; start <= text.length(); ) {
      int end = entryEnd(text, start);
      int first = stripStart(text, start, end);
      if (first < end) {
        return first;
      }
      start = end + 1;
    }
    return -1;
  }

  /** Where the entry containing {@code at} ends: at the next item separator, or the end of the text. */
  private int entryEnd(String text, int at) {
    int end = text.indexOf(itemSeparator, at);
    return end < 0 ? text.length() : end;
  }

  private static byte[][][] newLists() {
    byte[][][] lists = new byte[REUSED_COUNTS + 1][][];
    for (int count = 1; count <= REUSED_COUNTS; count++) {
      lists[count] = new byte[count][];
    }
    return lists;
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

  @Override
  public String toString() {
    return "SignatureList[" + header + "]";
  }
}
