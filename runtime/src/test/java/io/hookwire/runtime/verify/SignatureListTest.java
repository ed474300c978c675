package io.hookwire.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.RequestVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SignatureList} reads a header in place, its entries' bounds noted in an array of the
 * thread. On random headers, well-formed or not, it must accept, count, decode and reject exactly
 * as the v0.1 implementation did, which made an object per header (kept below as the reference).
 */
class SignatureListTest {
  private static final String HEADER = "X-Sig";
  private static final int ROUNDS = 50_000;
  private static final String[] PIECES =
      {"t", "v1", "v0", "v1a", "=", ",", " ", "\t", "\u2003", "1700000000", "abc", "=="};
  private static final String[] LABELS = {"t", "v1", "v0", "v1a", "x"};
  private static final SignatureList.Decoder AS_TEXT =
      (header, text, from, to) -> text.substring(from, to).getBytes(StandardCharsets.UTF_8);

  @Test
  void readsEveryHeaderAsThePreviousImplementation() {
    Random random = new Random(21);
    for (int round = 0; round < ROUNDS; round++) {
      String value = header(random);
      assertEquals(previous(value, ',', '='), current(value, ',', '='), value);
      assertEquals(previous(value, ' ', ','), current(value, ' ', ','), value);
    }
  }

  private static String header(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(10);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /** Everything the verifiers read from a header, or the rejection. */
  private static String current(String value, char item, char label) {
    SignatureList list = new SignatureList(HEADER, item, label);
    StringBuilder read = new StringBuilder();
    try {
      SignatureList.Entries entries = list.check(value);
      for (String name : LABELS) {
        int count = entries.count(name);
        read.append(name).append(':').append(count);
        if (count > 0) {
          int first = entries.indexOf(name);
          read.append(" first ").append(value, entries.valueStart(first), entries.valueEnd(first));
        }
        read.append(' ').append(decoded(() -> list.signatures(entries, name, AS_TEXT))).append('\n');
      }
      return read.toString();
    } catch (RequestVerificationException e) {
      return read + e.getMessage();
    }
  }

  private static String previous(String value, char item, char label) {
    StringBuilder read = new StringBuilder();
    try {
      PreviousSignatureList list = PreviousSignatureList.parse(HEADER, value, item, label);
      for (String name : LABELS) {
        int count = list.count(name);
        read.append(name).append(':').append(count);
        if (count > 0) {
          read.append(" first ").append(list.first(name));
        }
        read.append(' ').append(decoded(() -> list.signatures(name, AS_TEXT))).append('\n');
      }
      return read.toString();
    } catch (RequestVerificationException e) {
      return read + e.getMessage();
    }
  }

  private interface Signatures {
    byte[][] read() throws RequestVerificationException;
  }

  private static String decoded(Signatures signatures) {
    try {
      return Arrays.stream(signatures.read()).map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList().toString();
    } catch (RequestVerificationException e) {
      return e.getMessage();
    }
  }

  /** The implementation before this one, as it was: the reference. */
  static final class PreviousSignatureList {
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

    private PreviousSignatureList(String header, String text, int[] bounds, int entries) {
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
    static PreviousSignatureList parse(String header, String value, char itemSeparator, char labelSeparator)
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
      return new PreviousSignatureList(header, value, bounds, entries);
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
    byte[][] signatures(String scheme, SignatureList.Decoder decoder) throws RequestVerificationException {
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
}
