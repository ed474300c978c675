package io.hookwire.runtime.spi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Random JSON documents written out by hand, so that they can hold what a serializer never
 * writes (repeated names, odd white space, comments), random pointers into them, and random
 * corruptions of their bytes. Seeded: a failure names its seed and comes back with it.
 */
final class RandomJson {
  /** Few names, so that they repeat, with the characters a pointer must escape. */
  private static final String[] NAMES = {
    "type", "type", "event", "events", "a", "b", "0", "1", "01", "-", "", "~", "/", "a/b", "m~n",
    "~1", "é", "x y", "\u2603", "\"q\""};
  private static final String[] SEGMENTS = {"0", "1", "2", "01", "-", "10", "00", "2147483648", "~", "~2"};
  private static final String[] NUMBERS = {
    "0", "-0", "7", "-12", "42", "1.5", "1.50", "-0.0", "1e2", "1E+2", "2.5e-3", "1e400", "-1e400",
    "2147483647", "2147483648", "9223372036854775807", "9223372036854775808",
    "123456789012345678901234567890", "0.1", "3.141592653589793238462643383279", "1e-400"};
  private static final String[] LENIENT = {
    "NaN", "Infinity", "-Infinity", "+1", ".5", "5.", "007", "'single'", "/* c */ 1", "# y\n 2", "[1,,2]",
    "{unquoted: 1}", "[1,2,]", "{\"a\":1,}"};
  private static final byte[] SIGNIFICANT = "{}[]:,\"\\ 0-1e.tnfu/'#*".getBytes(StandardCharsets.US_ASCII);
  private static final String[] TRAILING = {
    " ", "\n", " {}", "x", " 1", "]", "}", "//c", "/* c */", "\"s\"", " null", ","};

  private static final ObjectMapper LENIENT_READER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private final Random random;

  RandomJson(long seed) {
    this.random = new Random(seed);
  }

  /** A document whose root is usually an object, as bodies are. */
  String document() {
    return random.nextInt(10) < 8 ? object(0) : value(0);
  }

  /** The same document, in one of many broken or stretched forms. */
  byte[] corrupted(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    return switch (random.nextInt(8)) {
      case 0 -> Arrays.copyOf(bytes, at);
      case 1 -> splice(bytes, at, 1, new byte[0]);
      case 2 -> splice(bytes, at, 0, new byte[] {anyByte()});
      case 3 -> splice(bytes, at, Math.min(1, bytes.length - at), new byte[] {anyByte()});
      case 4 -> concat(bytes, TRAILING[random.nextInt(TRAILING.length)].getBytes(StandardCharsets.UTF_8));
      case 5 -> splice(bytes, at, 0, LENIENT[random.nextInt(LENIENT.length)].getBytes(StandardCharsets.UTF_8));
      case 6 -> splice(bytes, at, 0, new byte[] {(byte) (0x80 + random.nextInt(0x80))});
      default -> concat(bytes, bytes);
    };
  }

  /** One to three pointers: most along paths {@code document} holds, some anywhere. */
  JsonPointer[] pointers(String document) {
    JsonNode tree = treeOf(document);
    JsonPointer[] pointers = new JsonPointer[1 + random.nextInt(3)];
    for (int i = 0; i < pointers.length; i++) {
      pointers[i] = tree != null && random.nextInt(4) != 0 ? pathInto(tree) : pointer();
    }
    return pointers;
  }

  /** A path down {@code tree}, through members and elements it has, that stops anywhere. */
  private JsonPointer pathInto(JsonNode tree) {
    JsonPointer pointer = JsonPointer.empty();
    JsonNode node = tree;
    while (node.isContainerNode() && node.size() > 0 && random.nextInt(5) != 0) {
      if (node.isObject()) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        pointer = pointer.appendProperty(name);
        node = node.get(name);
      } else {
        int index = random.nextInt(node.size());
        pointer = pointer.appendIndex(index);
        node = node.get(index);
      }
    }
    return pointer;
  }

  private static JsonNode treeOf(String document) {
    try {
      return LENIENT_READER.readTree(document);
    } catch (IOException e) {
      return null;
    }
  }

  private JsonPointer pointer() {
    if (random.nextInt(30) == 0) {
      return JsonPointer.empty();
    }
    StringBuilder pointer = new StringBuilder();
    int segments = 1 + random.nextInt(3);
    for (int i = 0; i < segments; i++) {
      String segment = random.nextInt(3) == 0
          ? SEGMENTS[random.nextInt(SEGMENTS.length)]
          : NAMES[random.nextInt(NAMES.length)].replace("~", "~0").replace("/", "~1");
      pointer.append('/').append(segment);
    }
    return JsonPointer.compile(pointer.toString());
  }

  private String value(int depth) {
    int kind = random.nextInt(depth > 3 ? 6 : 9);
    return switch (kind) {
      case 0, 1 -> string();
      case 2 -> NUMBERS[random.nextInt(NUMBERS.length)];
      case 3 -> random.nextBoolean() ? "true" : "false";
      case 4 -> "null";
      case 5 -> random.nextInt(20) == 0 ? LENIENT[random.nextInt(LENIENT.length)] : string();
      case 6, 7 -> object(depth + 1);
      default -> array(depth + 1);
    };
  }

  private String object(int depth) {
    List<String> members = new ArrayList<>();
    int count = random.nextInt(depth == 0 ? 7 : 4);
    for (int i = 0; i < count; i++) {
      members.add(quoted(NAMES[random.nextInt(NAMES.length)]) + space() + ":" + space() + value(depth));
    }
    return "{" + space() + String.join("," + space(), members) + space() + "}";
  }

  private String array(int depth) {
    List<String> elements = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      elements.add(value(depth));
    }
    return "[" + String.join("," + space(), elements) + "]";
  }

  private String string() {
    return switch (random.nextInt(8)) {
      case 0 -> quoted("x".repeat(250 + random.nextInt(12)));
      case 1 -> "\"esc\\n\\t\\\"\\u00e9\\ud83d\\ude00\"";
      case 2 -> quoted("");
      case 3 -> "\"\u00e9\u2603\ud83d\ude00\"";
      default -> quoted(NAMES[random.nextInt(NAMES.length)] + random.nextInt(3));
    };
  }

  private String space() {
    return switch (random.nextInt(6)) {
      case 0 -> " ";
      case 1 -> "\n  ";
      default -> "";
    };
  }

  private byte anyByte() {
    return random.nextBoolean() ? SIGNIFICANT[random.nextInt(SIGNIFICANT.length)] : (byte) random.nextInt(256);
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] result = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
    return result;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] result = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, result, first.length, second.length);
    return result;
  }
}
