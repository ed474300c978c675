package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.util.Arrays;

/**
 * The format of a header that lists several labelled values, such as Stripe's
 * {@code t=…,v1=…,v1=…} or Standard Webhooks' {@code v1,… v1,…}. Senders list several signatures
 * while they rotate secrets or schemes, so the order and number of entries is theirs to choose.
 *
 * <p>A format is made once per verifier and shared. A header's text is {@linkplain #check checked}
 * once, which notes where each entry's label, separator and value end in an array of the calling
 * thread; the values wanted are then decoded straight from the text, and nothing is copied.
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
   * The entries of the header text this thread read last: for entry {@code i}, where its label
   * starts ({@code bounds[3i]}), where its label separator stands ({@code bounds[3i + 1]}) and
   * where its value ends, without trailing whitespace ({@code bounds[3i + 2]}).
   */
  private static final class Entries {
    /** Headers with more entries than this get an array of their own, not kept by the thread. */
    private static final int KEPT = 16;

    private final int[] kept = new int[3 * KEPT];
    private int[] bounds = kept;
    private String text;
    private char itemSeparator;
    private char labelSeparator;
    private int count;
    private boolean malformed;

    boolean isOf(String text, char itemSeparator, char labelSeparator) {
      return this.text == text && this.itemSeparator == itemSeparator && this.labelSeparator == labelSeparator;
    }

    void add(int first, int split, int last) {
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
   * Checks that every entry of {@code text} reads label, separator, value. Whitespace around
   * entries and empty entries are skipped, as a stray space or trailing separator changes no
   * signature; an entry without a label, without the separator, or with nothing after it makes
   * the whole header malformed.
   *
   * @return {@code text}, for the other methods
   */
  String check(String text) throws RequestVerificationException {
    if (entries(text).malformed) {
      throw Rejections.reject(Rejections.malformed(header,
          "every entry must read label" + labelSeparator + "value"));
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
    Entries entries = entries(text);
    int found = 0;
    for (int i = 0; i < entries.count; i++) {
      if (labelled(entries, i, scheme)) {
        signatures[found++] = decoder.decode(header, text, entries.bounds[3 * i + 1] + 1, entries.bounds[3 * i + 2]);
      }
    }
    return signatures;
  }

  /** How many entries of checked {@code text} are labelled {@code label}. */
  int count(String text, String label) {
    Entries entries = entries(text);
    int count = 0;
    for (int i = 0; i < entries.count; i++) {
      if (labelled(entries, i, label)) {
        count++;
      }
    }
    return count;
  }

  /** Where the value of the first entry of checked {@code text} labelled {@code label} starts, or -1. */
  int valueStart(String text, String label) {
    Entries entries = entries(text);
    for (int i = 0; i < entries.count; i++) {
      if (labelled(entries, i, label)) {
        return entries.bounds[3 * i + 1] + 1;
      }
    }
    return -1;
  }

  /** Where the value that starts at {@code valueStart} ends, without trailing whitespace. */
  int valueEnd(String text, int valueStart) {
    return stripEnd(text, valueStart, entryEnd(text, valueStart));
  }

  private static boolean labelled(Entries entries, int entry, String label) {
    int first = entries.bounds[3 * entry];
    return entries.bounds[3 * entry + 1] - first == label.length() && entries.text.startsWith(label, first);
  }

  /** This thread's entries of {@code text}, read now unless they were read last. */
  private Entries entries(String text) {
    Entries entries = ENTRIES.get();
    if (!entries.isOf(text, itemSeparator, labelSeparator)) {
      read(text, entries);
    }
    return entries;
  }

  private void read(String text, Entries entries) {
    entries.text = text;
    entries.itemSeparator = itemSeparator;
    entries.labelSeparator = labelSeparator;
    entries.bounds = entries.kept;
    entries.count = 0;
    entries.malformed = false;
    for (int start = 0; start <= text.length(); ) {
      int end = entryEnd(text, start);
      int first = stripStart(text, start, end);
      if (first < end) {
        int last = stripEnd(text, first, end);
        int split = text.indexOf(labelSeparator, first);
        if (split <= first || split >= last - 1) {
          entries.malformed = true;
          return;
        }
        entries.add(first, split, last);
      }
      start = end + 1;
    }
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
