package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A header that lists several labelled values, such as Stripe's {@code t=…,v1=…,v1=…} or
 * Standard Webhooks' {@code v1,… v1,…}. Senders list several signatures while they rotate
 * secrets or schemes, so the order and number of entries is theirs to choose.
 */
final class SignatureList {
  /** One entry: the label before the separator and the value after it. */
  record Entry(String label, String value) {}

  /** Turns a received signature's text into bytes, or rejects it as malformed. */
  @FunctionalInterface
  interface Decoder {
    byte[] decode(String header, String text) throws RequestVerificationException;
  }

  private final String header;
  private final List<Entry> entries;

  private SignatureList(String header, List<Entry> entries) {
    this.header = header;
    this.entries = List.copyOf(entries);
  }

  /**
   * Splits a header into entries at {@code itemSeparator}, and each entry at the first
   * {@code labelSeparator}. Whitespace around entries and empty entries are skipped, as a
   * stray space or trailing separator changes no signature; an entry without a label, without
   * the separator, or with nothing after it makes the whole header malformed.
   */
  static SignatureList parse(String header, String value, char itemSeparator, char labelSeparator)
      throws RequestVerificationException {
    List<Entry> entries = new ArrayList<>();
    int start = 0;
    while (start <= value.length()) {
      int end = value.indexOf(itemSeparator, start);
      end = end < 0 ? value.length() : end;
      String entry = value.substring(start, end).strip();
      if (!entry.isEmpty()) {
        entries.add(entry(header, entry, labelSeparator));
      }
      start = end + 1;
    }
    return new SignatureList(header, entries);
  }

  private static Entry entry(String header, String entry, char labelSeparator) throws RequestVerificationException {
    int split = entry.indexOf(labelSeparator);
    if (split <= 0 || split == entry.length() - 1) {
      throw Rejections.reject(Rejections.malformed(header,
          "every entry must read label" + labelSeparator + "value"));
    }
    return new Entry(entry.substring(0, split), entry.substring(split + 1));
  }

  /**
   * The signatures labelled {@code scheme}, decoded. Any one malformed makes the header malformed,
   * even if another would match: a sender that writes garbage is not trusted with the rest. No
   * signature of the scheme at all is a rejection too, as nothing could be checked.
   */
  List<byte[]> signatures(String scheme, Decoder decoder) throws RequestVerificationException {
    List<byte[]> signatures = new ArrayList<>();
    for (String text : values(scheme)) {
      signatures.add(decoder.decode(header, text));
    }
    if (signatures.isEmpty()) {
      throw Rejections.reject(Rejections.noSignature(header, scheme));
    }
    return signatures;
  }

  /** The values labelled {@code label}, in order; empty when there are none. */
  List<String> values(String label) {
    List<String> values = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      if (entry.label().equals(label)) {
        values.add(entry.value());
      }
    }
    return values;
  }
}
