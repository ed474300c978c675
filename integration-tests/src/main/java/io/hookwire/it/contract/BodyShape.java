package io.hookwire.it.contract;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;

/**
 * The kinds of body the fuzzer makes, each from a seeded {@link Random}: all of them hostile
 * except {@link #VALID_EVENT}, which keeps the handlers in play.
 */
enum BodyShape {
  RANDOM_BYTES(BodyShape::randomBytes),
  MUTATED_JSON(random -> JsonMutations.mutate(random, validEvent(random))),
  DEEP_NESTING(BodyShape::deepNesting),
  HUGE_NUMBER(BodyShape::hugeNumber),
  VALID_EVENT(BodyShape::validEvent);

  /** Larger than the fuzzer's body limit, so that some bodies are refused for their size. */
  static final int OVERSIZE = FuzzContract.LIMIT + 1;

  private static final String[] TYPES = {"order", "accepted", "fail", "raw", "unknown", "", "ORDER"};
  private static final String[] FIELDS = {
      "\"id\":\"A-1\"", "\"id\":7", "\"id\":null", "\"quantity\":3", "\"quantity\":\"many\"", "\"quantity\":1.5",
      "\"amount\":12.50", "\"amount\":-0.0", "\"serial\":123456789012345678901234567890", "\"tags\":[\"a\",\"b\"]",
      "\"tags\":{}", "\"tags\":[null]", "\"extra\":{\"nested\":[1,2,{\"x\":true}]}", "\"id\":\"" + ProbeContract.MARKER + "\""};

  private final Function<Random, byte[]> generator;

  BodyShape(Function<Random, byte[]> generator) {
    this.generator = generator;
  }

  byte[] generate(Random random) {
    return generator.apply(random);
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(20) == 0 ? OVERSIZE + random.nextInt(1000) : random.nextInt(2000)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A JSON object with a random type and a few random fields, some of the wrong type. */
  static byte[] validEvent(Random random) {
    StringBuilder json = new StringBuilder("{\"type\":\"").append(TYPES[random.nextInt(TYPES.length)]).append('"');
    int fields = random.nextInt(5);
    for (int i = 0; i < fields; i++) {
      json.append(',').append(FIELDS[random.nextInt(FIELDS.length)]);
    }
    return utf8(json.append('}').toString());
  }

  private static byte[] deepNesting(Random random) {
    int depth = 1 + random.nextInt(random.nextBoolean() ? 1_000 : 50_000);
    boolean arrays = random.nextBoolean();
    // Sometimes unbalanced, so that the parser meets the end of the input deep down.
    int closed = random.nextInt(4) == 0 ? random.nextInt(depth) : depth;
    return utf8((arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(closed));
  }

  private static byte[] hugeNumber(Random random) {
    String digits = "9".repeat(1 + random.nextInt(random.nextBoolean() ? 2_000 : 100_000));
    String number = switch (random.nextInt(6)) {
      case 0 -> digits;
      case 1 -> "-" + digits;
      case 2 -> "0." + digits;
      case 3 -> digits + "e" + digits.length();
      case 4 -> "1e" + digits;
      default -> "1e-" + digits;
    };
    String[] fields = {"quantity", "amount", "serial", "id", "type"};
    return utf8("{\"type\":\"order\",\"" + fields[random.nextInt(fields.length)] + "\":" + number + "}");
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
