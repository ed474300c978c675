package io.hookwire.it.contract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Byte-level damage to a valid JSON document: flips, deletions, insertions, repeats, cuts. */
final class JsonMutations {
  private static final byte[] INTERESTING = "{}[]\",:\\0-.eE \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

  private JsonMutations() {}

  /** {@code json} with one to eight random mutations. */
  static byte[] mutate(Random random, byte[] json) {
    byte[] current = json;
    int mutations = 1 + random.nextInt(8);
    for (int i = 0; i < mutations && current.length > 0; i++) {
      current = mutateOnce(random, current);
    }
    return current;
  }

  private static byte[] mutateOnce(Random random, byte[] bytes) {
    int at = random.nextInt(bytes.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 * bytes.length + 1);
    out.write(bytes, 0, at);
    int rest = damage(random, bytes, at, out);
    out.write(bytes, rest, bytes.length - rest);
    return out.toByteArray();
  }

  /** Writes the damage done at {@code at}; returns where the undamaged rest starts. */
  private static int damage(Random random, byte[] bytes, int at, ByteArrayOutputStream out) {
    switch (random.nextInt(5)) {
      case 0: // flip a bit
        out.write(bytes[at] ^ (1 << random.nextInt(8)));
        return at + 1;
      case 1: // delete the byte
        return at + 1;
      case 2: // insert a byte that means something to JSON
        out.write(INTERESTING[random.nextInt(INTERESTING.length)]);
        return at;
      case 3: // repeat the tail
        out.write(bytes, at, bytes.length - at);
        return at;
      default: // cut the document here
        return bytes.length;
    }
  }
}
