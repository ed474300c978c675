package io.hookwire.runtime.verify;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text a provider signs before the body (a timestamp, an id, a version, a URL), written in
 * UTF-8 into a buffer that each thread reuses: on every delivery it goes through no intermediate
 * string or array. The signature is then computed over {@link #bytes()} up to {@link #length()},
 * followed by the body.
 *
 * <p>Each thread has one buffer, and {@link #start()} empties it: a prefix is valid until the
 * same thread starts the next one, so a check writes its prefix and uses it at once.
 */
final class SignedPrefix {
  private static final int INITIAL_CAPACITY = 256;
  private static final ThreadLocal<SignedPrefix> PER_THREAD = ThreadLocal.withInitial(SignedPrefix::new);

  private byte[] bytes = new byte[INITIAL_CAPACITY];
  private int length;

  private SignedPrefix() {}

  /** This thread's prefix, emptied. */
  static SignedPrefix start() {
    SignedPrefix prefix = PER_THREAD.get();
    prefix.length = 0;
    return prefix;
  }

  /** Appends {@code text} in UTF-8. */
  SignedPrefix text(String text) {
    return text(text, 0, text.length());
  }

  /** Appends {@code text} from {@code from} to {@code to} in UTF-8. */
  SignedPrefix text(String text, int from, int to) {
    ensureRoom(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        // Rare in what providers sign: the JDK's encoder takes over, surrogates and all.
        return utf8(text.substring(i, to).getBytes(StandardCharsets.UTF_8));
      }
      bytes[length++] = (byte) c;
    }
    return this;
  }

  /** Appends an ASCII character, such as a separator. */
  SignedPrefix ascii(char c) {
    ensureRoom(1);
    bytes[length++] = (byte) c;
    return this;
  }

  /** Appends bytes already in UTF-8, such as a literal encoded once when the verifier was built. */
  SignedPrefix utf8(byte[] encoded) {
    ensureRoom(encoded.length);
    System.arraycopy(encoded, 0, bytes, length, encoded.length);
    length += encoded.length;
    return this;
  }

  /** Overwrites the bytes written with zeros and empties the prefix: for one that held a secret. */
  void erase() {
    Arrays.fill(bytes, 0, length, (byte) 0);
    length = 0;
  }

  /** The buffer; only the first {@link #length()} bytes are the prefix. */
  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  private void ensureRoom(int more) {
    if (bytes.length - length < more) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
    }
  }

  @Override
  public String toString() {
    // A prefix may hold a signed id or URL: its length only.
    return "SignedPrefix[" + length + " bytes]";
  }
}
