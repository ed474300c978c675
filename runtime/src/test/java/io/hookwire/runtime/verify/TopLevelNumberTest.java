package io.hookwire.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.RequestVerificationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TopLevelNumber}'s scan answers alone only when it is certain of Jackson's answer. On random
 * JSON objects, well-formed or corrupted, whatever it answers must be what Jackson's streaming
 * parser reads; on well-formed bodies it must answer, or it would save nothing.
 */
class TopLevelNumberTest {
  private static final String FIELD = "webhookTimestamp";
  private static final int ROUNDS = 20_000;
  // At the top level, a name with an escape is left to Jackson (it might spell the field): only
  // nested objects have one here, and leavesTheUnusualToJackson covers the top level.
  private static final String[] TOP_NAMES = {"action", "data", "url", "é", "日本", "webhook",
      "webhookTimestampX", "WebhookTimestamp", ""};
  private static final String[] NAMES = {"action", "data", "é", "a\\\"b", "\\u0041", "webhook",
      "webhookTimestamp\\n", ""};
  private static final String[] STRINGS = {"", "plain", "caf\u00e9", "\ud83d\ude00", "tab\\tand\\n",
      "quote\\\"d", "lone\\ud800",
      "\\u00e9\\ud83d\\ude00", "slash\\/", "{\\\"webhookTimestamp\\\":1}", "[1,2]"};
  private static final String[] NUMBERS = {"0", "-0", "7", "-12", "3.25", "1e9", "-2.5E-3", "1E+2",
      "123456789012345678901234567890"};
  private static final String[] WHITESPACE = {"", "", " ", "\n", "\r\n\t "};
  private static final byte[] NOISE = " \t\r\n{}[]\":,\\/.-+eE0123456789tfnu\u0000\u007f".getBytes(StandardCharsets.ISO_8859_1);
  private static final int[] HIGH_BYTES = {0x80, 0xbf, 0xc0, 0xc1, 0xc3, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};

  private final TopLevelNumber reader = new TopLevelNumber(FIELD);

  @Test
  void answersAloneOnWellFormedBodiesAndAsJacksonDoes() {
    Random random = new Random(11);
    for (int round = 0; round < ROUNDS; round++) {
      long timestamp = randomTimestamp(random);
      byte[] body = utf8(object(random, timestamp));
      long scanned = reader.scan(body);
      assertEquals(timestamp, scanned, () -> "scan did not answer for " + text(body));
      assertSameAsJackson(body);
    }
  }

  @Test
  void answersOnCorruptedBodiesOnlyAsJacksonDoes() {
    Random random = new Random(12);
    int answered = 0;
    for (int round = 0; round < ROUNDS; round++) {
      byte[] body = corrupt(random, utf8(object(random, randomTimestamp(random))));
      if (reader.scan(body) != TopLevelNumber.UNDECIDED) {
        answered++;
      }
      assertSameAsJackson(body);
    }
    // Most corruptions land after the field or in a skipped value: the scan still answers many.
    assertTrue(answered > ROUNDS / 10, "the scan answered only " + answered + " corrupted bodies");
  }

  @Test
  void leavesTheUnusualToJackson() {
    String[] unusual = {
        "{\"webhook\\u0054imestamp\":5,\"webhookTimestamp\":6}", // an escaped spelling of the name
        "{\"webhookTimestamp\":007}", "{\"webhookTimestamp\":1234567890123456789}",
        "{\"webhookTimestamp\":5", "\ufeff{\"webhookTimestamp\":5}", "{\"webhookTimestamp\":5x}",
        "{\"webhookTimestamp\":1.0}", "{\"webhookTimestamp\":\"5\"}", "{\"a\":1}", "{}", "[]", "",
        "{\"a\":" + "[".repeat(TopLevelNumber.MAX_DEPTH) + "]".repeat(TopLevelNumber.MAX_DEPTH)
            + ",\"webhookTimestamp\":5}"};
    for (String body : unusual) {
      assertEquals(TopLevelNumber.UNDECIDED, reader.scan(utf8(body)), body);
      assertSameAsJackson(utf8(body));
    }
  }

  @Test
  void readsTheFirstTopLevelFieldOfTheName() {
    byte[] body = utf8("{\"data\":{\"webhookTimestamp\":1},\"webhookTimestamp\":-0,\"webhookTimestamp\":3}");
    assertEquals(0, reader.scan(body));
    assertSameAsJackson(body);
  }

  @Test
  void utf8SequencesEndWhereTheJdksStrictDecoderEndsThem() {
    Random random = new Random(13);
    for (int round = 0; round < ROUNDS; round++) {
      byte[] bytes = new byte[4];
      bytes[0] = (byte) HIGH_BYTES[random.nextInt(HIGH_BYTES.length)];
      for (int i = 1; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x40) : 0x80 + random.nextInt(0x80));
      }
      if (random.nextInt(4) == 0) {
        bytes[0] = (byte) (0xc0 + random.nextInt(0x40));
      }
      assertEquals(jdkSequenceEnd(bytes), Utf8.sequenceEnd(bytes, 0), () -> Arrays.toString(bytes));
    }
  }

  /** The scan's answer, when it gives one, is Jackson's; and reading gives Jackson's outcome. */
  private void assertSameAsJackson(byte[] body) {
    String jackson = outcome(() -> reader.parse(body));
    long scanned = reader.scan(body);
    if (scanned != TopLevelNumber.UNDECIDED) {
      assertEquals(jackson, Long.toString(scanned), () -> "scan differs from Jackson on " + text(body));
    }
    assertEquals(jackson, outcome(() -> reader.read(body)), () -> text(body));
  }

  private interface Reading {
    long read() throws RequestVerificationException;
  }

  private static String outcome(Reading reading) {
    try {
      return Long.toString(reading.read());
    } catch (RequestVerificationException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** The smallest prefix of 2 to 4 bytes the JDK decodes as one code point, or -1. */
  private static int jdkSequenceEnd(byte[] bytes) {
    for (int length = 2; length <= bytes.length; length++) {
      try {
        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
        return length;
      } catch (CharacterCodingException e) {
        // not yet, or never
      }
    }
    return -1;
  }

  private static long randomTimestamp(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 1_676_056_940_508L + random.nextInt(1_000_000);
      case 1 -> -random.nextInt(1000);
      case 2 -> random.nextLong() % 1_000_000_000_000_000_000L;
      default -> random.nextInt(10);
    };
  }

  /** A top-level object with the field among others, any of them nested, in random layout. */
  private static String object(Random random, long timestamp) {
    int fields = random.nextInt(6);
    int position = random.nextInt(fields + 1);
    StringBuilder json = new StringBuilder(space(random)).append('{');
    for (int i = 0; i <= fields; i++) {
      if (i > 0) {
        json.append(space(random)).append(',');
      }
      json.append(space(random));
      if (i == position) {
        json.append('"').append(FIELD).append('"').append(space(random)).append(':').append(space(random))
            .append(timestamp);
      } else {
        json.append('"').append(TOP_NAMES[random.nextInt(TOP_NAMES.length)]).append('"').append(space(random))
            .append(':').append(space(random)).append(value(random, 0));
      }
    }
    return json.append(space(random)).append('}').append(space(random)).toString();
  }

  private static String value(Random random, int depth) {
    int kind = random.nextInt(depth < 4 ? 7 : 5);
    return switch (kind) {
      case 0 -> '"' + STRINGS[random.nextInt(STRINGS.length)] + '"';
      case 1 -> NUMBERS[random.nextInt(NUMBERS.length)];
      case 2 -> "true";
      case 3 -> random.nextBoolean() ? "false" : "null";
      case 4 -> '"' + NAMES[random.nextInt(NAMES.length)] + '"';
      case 5 -> array(random, depth + 1);
      default -> nested(random, depth + 1);
    };
  }

  private static String array(Random random, int depth) {
    StringBuilder json = new StringBuilder("[").append(space(random));
    int values = random.nextInt(4);
    for (int i = 0; i < values; i++) {
      json.append(i > 0 ? "," + space(random) : "").append(value(random, depth)).append(space(random));
    }
    return json.append(']').toString();
  }

  private static String nested(Random random, int depth) {
    StringBuilder json = new StringBuilder("{").append(space(random));
    int fields = random.nextInt(4);
    for (int i = 0; i < fields; i++) {
      String name = random.nextInt(3) == 0 ? FIELD : NAMES[random.nextInt(NAMES.length)];
      json.append(i > 0 ? "," + space(random) : "").append('"').append(name).append("\":")
          .append(space(random)).append(value(random, depth)).append(space(random));
    }
    return json.append('}').toString();
  }

  private static String space(Random random) {
    return WHITESPACE[random.nextInt(WHITESPACE.length)];
  }

  /** The body with one to three bytes replaced, inserted or removed, or cut short. */
  private static byte[] corrupt(Random random, byte[] body) {
    byte[] corrupted = body;
    int changes = 1 + random.nextInt(3);
    for (int change = 0; change < changes && corrupted.length > 0; change++) {
      int at = random.nextInt(corrupted.length);
      byte noise = random.nextInt(4) == 0
          ? (byte) HIGH_BYTES[random.nextInt(HIGH_BYTES.length)] : NOISE[random.nextInt(NOISE.length)];
      corrupted = switch (random.nextInt(4)) {
        case 0 -> replace(corrupted, at, noise);
        case 1 -> insert(corrupted, at, noise);
        case 2 -> remove(corrupted, at);
        default -> Arrays.copyOf(corrupted, at);
      };
    }
    return corrupted;
  }

  private static byte[] replace(byte[] bytes, int at, byte b) {
    byte[] copy = bytes.clone();
    copy[at] = b;
    return copy;
  }

  private static byte[] insert(byte[] bytes, int at, byte b) {
    byte[] copy = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, copy, 0, at);
    copy[at] = b;
    System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
    return copy;
  }

  private static byte[] remove(byte[] bytes, int at) {
    byte[] copy = new byte[bytes.length - 1];
    System.arraycopy(bytes, 0, copy, 0, at);
    System.arraycopy(bytes, at + 1, copy, at, bytes.length - at - 1);
    return copy;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
