package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.util.Arrays;

/**
 * The format of a header that lists several labelled values, such as Stripe's
 * {@code t=…,v1=…,v1=…} or Standard Webhooks' {@code v1,… v1,…}. Senders list several signatures
 * while they rotate secrets or schemes, so the order and number of entries is theirs to choose.
 *
 * <p>A format is made once per verifier and shared. {@linkplain #check Checking} a header notes
 * where each entry's label, separator and value end, in an array of the calling thread; the
 * values wanted are then decoded straight from the header's text, and nothing is copied.
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
  private static final ThreadLocal<Entries> ENTRIES = ThreadLocal.withInitial(Entries::new);

  private final String header;
  private final char itemSeparator;
  private final char labelSeparator;

  /**
   * The entries of a checked header, in the calling thread's arrays: valid until that thread
   * checks another header. Entry {@code i} is its label, from {@code bounds[3i]} to the label
   * separator at {@code bounds[3i + 1]}, then its value, up to {@code bounds[3i + 2]} without
   * trailing whitespace.
   */
  static final class Entries {
    /** Headers with more entries than this get an array of their own, not kept by the thread. */
    private static final int KEPT = 16;

    private final int[] kept = new int[3 * KEPT];
    private int[] bounds = kept;
    private String text;
    private int count;

    /** The header's text. */
    String text() {
      return text;
    }

    /** How many entries are labelled {@code label}. */
    int count(String label) {
      int labelled = 0;
      for (int i = 0; i < count; i++) {
        if (isLabelled(i, label)) {
          labelled++;
        }
      }
      return labelled;
    }

    /** The first entry labelled {@code label}, or -1. */
    int indexOf(String label) {
      for (int i = 0; i < count; i++) {
        if (isLabelled(i, label)) {
          return i;
        }
      }
      return -1;
    }

    /** Where the value of entry {@code i} starts in the text. */
    int valueStart(int i) {
      return bounds[3 * i + 1] + 1;
    }

    /** Where the value of entry {@code i} ends in the text, without trailing whitespace. */
    int valueEnd(int i) {
      return bounds[3 * i + 2];
    }

    private boolean isLabelled(int i, String label) {
      int first = bounds[3 * i];
      return bounds[3 * i + 1] - first == label.length() && text.startsWith(label, first);
    }

    private void clear(String text) {
      this.text = text;
      bounds = kept;
      count = 0;
    }

    private void add(int first, int split, int last) {
      if (3 * count == bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[3 * count] = first;
      bounds[3 * count + 1] = split;
      bounds[3 * count + 2] = last;
      count++;
    }
  }

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
   * Reads the entries of {@code text}, checking that every one reads label, separator, value.
   * Whitespace around entries and empty entries are skipped, as a stray space or trailing
   * separator changes no signature; an entry without a label, without the separator, or with
   * nothing after it makes the whole header malformed.
   */
  Entries check(String text) throws RequestVerificationException {
    Entries entries = ENTRIES.get();
    entries.clear(text);
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf(itemSeparator, start);
      end = end < 0 ? text.length() : end;
      int first = stripStart(text, start, end);
      if (first < end) {
        int last = stripEnd(text, first, end);
        int split = text.indexOf(labelSeparator, first);
        if (split <= first || split >= last - 1) {
          throw Rejections.reject(Rejections.malformed(header,
              "every entry must read label" + labelSeparator + "value"));
        }
        entries.add(first, split, last);
      }
      start = end + 1;
    }
    return entries;
  }

  /**
   * The signatures labelled {@code scheme}, decoded, in order. Any one malformed makes the header
   * malformed, even if another would match: a sender that writes garbage is not trusted with the
   * rest. No signature of the scheme at all is a rejection too, as nothing could be checked. The
   * array of them is this thread's: valid until its next call.
   */
  byte[][] signatures(Entries entries, String scheme, Decoder decoder) throws RequestVerificationException {
    int count = entries.count(scheme);
    if (count == 0) {
      throw Rejections.reject(Rejections.noSignature(header, scheme));
    }
    byte[][] signatures = count <= REUSED_COUNTS ? LISTS.get()[count] : new byte[count][];
    int found = 0;
    for (int i = 0; i < entries.count; i++) {
      if (entries.isLabelled(i, scheme)) {
        signatures[found++] = decoder.decode(header, entries.text, entries.valueStart(i), entries.valueEnd(i));
      }
    }
    return signatures;
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
