package io.hookwire.runtime.spi;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Arrays;

/**
 * The texts that a delivery's scans found, by pointer, so that the body is scanned once for each
 * pointer however often generated code asks (deciding whether to defer, then dispatching).
 * Few pointers: looked up one by one.
 */
final class ScannedTexts {
  private static final JsonPointer[] NO_POINTERS = {};
  private static final String[] NO_TEXTS = {};

  private JsonPointer[] pointers = NO_POINTERS;
  private String[] texts = NO_TEXTS;

  /** The text found at {@code pointer}, or {@code null} if it was not scanned for. */
  String textAt(JsonPointer pointer) {
    for (int i = 0; i < pointers.length; i++) {
      if (pointers[i] == pointer || pointers[i].equals(pointer)) {
        return texts[i];
      }
    }
    return null;
  }

  /** Those of {@code wanted} not scanned for yet: {@code wanted} itself when none was. */
  JsonPointer[] missing(JsonPointer[] wanted) {
    int count = 0;
    for (JsonPointer pointer : wanted) {
      if (textAt(pointer) == null) {
        count++;
      }
    }
    if (count == wanted.length) {
      return wanted;
    }
    JsonPointer[] missing = new JsonPointer[count];
    int next = 0;
    for (JsonPointer pointer : wanted) {
      if (textAt(pointer) == null) {
        missing[next++] = pointer;
      }
    }
    return missing;
  }

  /** Remembers {@code found[i]}, the text at {@code scanned[i]}. */
  void add(JsonPointer[] scanned, String[] found) {
    if (pointers.length == 0) {
      pointers = scanned;
      texts = found;
      return;
    }
    int known = pointers.length;
    pointers = Arrays.copyOf(pointers, known + scanned.length);
    texts = Arrays.copyOf(texts, known + found.length);
    System.arraycopy(scanned, 0, pointers, known, scanned.length);
    System.arraycopy(found, 0, texts, known, found.length);
  }
}
